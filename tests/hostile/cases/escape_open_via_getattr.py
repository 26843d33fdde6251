# getattr on the builtins module cannot produce open either.
import builtins
print("builtins imported")
print(getattr(builtins, "open", "no open"))
builtins.open("x")
