# 'x' * 10**10 exceeds the memory budget: MemoryError.
print("allocating")
s = "x" * 10**10
print(len(s))
