# A function's __globals__ is only the lesson's own module namespace: no builtins to escape with.
def f():
    pass

g = f.__globals__
print(g is globals())
b = g["__builtins__"]
print("open" in dir(b), "eval" in dir(b), "exec" in dir(b))
b.open("/etc/passwd")
