# globals()['__builtins__'] is the same restricted builtins module.
b = globals()["__builtins__"]
print(hasattr(b, "open"), hasattr(b, "exec"), hasattr(b, "eval"), hasattr(b, "compile"))
print(hasattr(b, "print"))
b.exec("import os")
