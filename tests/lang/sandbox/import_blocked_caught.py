# The sandbox error is an ordinary ModuleNotFoundError: a lesson can catch it and go on.
try:
    import os
except ImportError as e:
    print(type(e).__name__ + ":", e)
    print("is ImportError:", isinstance(e, ImportError))
    print("name:", e.name)
print("still running")
