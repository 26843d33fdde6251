# MemoryError from an oversized allocation can be caught like any exception.
try:
    grid = [0] * 10**10
except MemoryError:
    print("MemoryError caught")
grid = [0] * 3
print("list size", len(grid))
