# A simple decorator wrapping a function, with functools.wraps keeping the name.
import functools

def shout(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__} with {args} {kwargs}")
        return fn(*args, **kwargs).upper()
    return wrapper

@shout
def greet(name, punctuation="!"):
    """Say hello."""
    return f"hello {name}{punctuation}"

print(greet("ada"))
print(greet("bob", punctuation="?"))
print(greet.__name__, greet.__doc__)
