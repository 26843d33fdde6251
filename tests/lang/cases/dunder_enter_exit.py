# A context manager class: __enter__/__exit__ order and exception suppression.
class Timer:
    def __init__(self, label, suppress=False):
        self.label = label
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.label, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Timer("a") as t:
    print("inside", t.label)
with Timer("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Timer("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Timer("outer"), Timer("inner"):
    print("both")
