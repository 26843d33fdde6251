# A positional argument after a keyword argument: positional argument follows keyword argument.
print(sep="-", "a", "b")
