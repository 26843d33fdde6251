# The same doubling list under the default 1 GiB cap: MemoryError in a few seconds.
cells = [0]
print("doubling")
while True:
    cells.extend(cells)
