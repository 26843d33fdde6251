# An exception raised while handling another: the later one is the error line.
try:
    {}["config"]
except KeyError:
    print("handling missing config")
    raise RuntimeError("could not recover")
