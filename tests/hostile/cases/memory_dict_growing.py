# A dict that grows forever hits the memory cap: MemoryError.
# flags: --max-memory 32M
table = {}
i = 0
print("growing")
while True:
    table[i] = i
    i += 1
