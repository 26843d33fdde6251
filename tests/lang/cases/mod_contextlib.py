# contextlib: @contextmanager with setup/cleanup, suppress, and ExitStack ordering.
from contextlib import contextmanager, suppress, ExitStack

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

with opened("report") as handle:
    print("using", handle)
with suppress(KeyError):
    {}["missing"]
    print("not printed")
print("after suppress")
with ExitStack() as stack:
    for n in ["a", "b", "c"]:
        stack.enter_context(opened(n))
    print("all open")
try:
    with opened("failing"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
