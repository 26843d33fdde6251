# Indexing past the end of a list ends the program with IndexError.
queue = ["first", "second"]
print(queue[1])
print(queue[2])
