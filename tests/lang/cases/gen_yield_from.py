# yield from delegates to a sub-generator and receives its return value.
def read_chunk(name, size):
    for i in range(size):
        yield f"{name}[{i}]"
    return size

def read_all():
    total = 0
    for name, size in [("a", 2), ("b", 3)]:
        total += yield from read_chunk(name, size)
    yield f"total={total}"

print(list(read_all()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], 5])))
