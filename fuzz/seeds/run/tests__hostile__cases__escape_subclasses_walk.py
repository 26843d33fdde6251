# The classic escape: walk from a tuple to object and list every class. There is nothing
# dangerous to find, and the walk ends in a plain error or a harmless list.
print("walking")
base = ().__class__.__mro__[1]
print(base)
subs = base.__subclasses__()
print("found", type(subs).__name__)
names = [c.__name__ for c in subs]
print("os-like classes:", [n for n in names if n in ("_wrap_close", "Popen", "FileIO", "catch_warnings")])
