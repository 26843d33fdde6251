# print with sep and end, printing nothing, and several values of different types.
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" -> continued")
print()
print(1, 2.5, None, True, [1], sep="|", end="!\n")
print("x", "y", sep="")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print(*["loading", "done"], sep="...")
