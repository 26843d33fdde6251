# Functions are objects: stored in dicts, passed as arguments, returned, and given attributes.
def add(a, b):
    return a + b

def sub(a, b):
    return a - b

operations = {"+": add, "-": sub}
for symbol, fn in operations.items():
    print(symbol, fn(10, 4), fn.__name__)

def apply_twice(fn, x):
    return fn(fn(x, x), x)
print(apply_twice(add, 3))
add.calls = 0
print(add.calls, callable(add), callable(3))
