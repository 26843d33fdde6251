# The exception hierarchy: catching a base class catches its subclasses.
checks = [KeyError, IndexError, ZeroDivisionError, ValueError, FileNotFoundError, RecursionError]
for exc in checks:
    print(exc.__name__, [base.__name__ for base in exc.__mro__[1:]])
try:
    {}["missing"]
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
