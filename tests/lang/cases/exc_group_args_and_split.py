# ExceptionGroup keeps the sequence it was given in args (a list shows as a list), while
# .exceptions is a tuple taken at creation; split/subgroup/except* build lists.
errors = [ValueError(1), KeyError("k")]
g = ExceptionGroup("batch", errors)
errors.append(TypeError("late"))
print(repr(g))
print(g.exceptions, str(g), g.message)
print(repr(ExceptionGroup("t", (OSError("o"),))))
print(repr(g.subgroup(ValueError)), repr(g.subgroup(lambda e: False)))
print(g.split(KeyError))
print(repr(g.derive([ValueError(9)])))
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), OSError(3)])
    except* KeyError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(repr(e))
