# A list of ten billion items exceeds the memory budget: MemoryError (exit 1).
print("allocating")
cells = [0] * 10**10
print(len(cells))
