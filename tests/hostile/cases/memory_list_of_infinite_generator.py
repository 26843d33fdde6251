# list() of a generator that never ends: MemoryError, not a frozen machine.
# flags: --max-memory 64M
def naturals():
    n = 0
    while True:
        yield n
        n += 1

print("collecting")
everything = list(naturals())
