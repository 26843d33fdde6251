# After a caught MemoryError the program can still allocate normally (exit 0).
# flags: --max-memory 64M
try:
    big = [0] * (10**8)
except MemoryError:
    print("MemoryError caught")
small = [1, 2, 3] * 10
print(sum(small))
