# A list that doubles every iteration hits the memory cap: MemoryError.
# flags: --max-memory 64M
cells = [0]
print("doubling")
while True:
    cells = cells + cells
