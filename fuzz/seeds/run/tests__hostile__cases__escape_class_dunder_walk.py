# Attribute walks on a function: __code__, __closure__, __class__ and friends end in plain errors.
def f():
    return 1

print(type(f).__name__)
print(f.__class__.__name__)
c = f.__code__
print(type(c).__name__)
print(f.__code__.co_consts.__class__.__mro__[-1])
print(f.__closure__)
print(f.__builtins__["open"])
