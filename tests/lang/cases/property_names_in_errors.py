# The name a property reports in its errors comes from __set_name__ (the class body), not from
# its getter: unnamed properties say "property of ..." instead.
class A:
    def get_x(self): return 1
    x = property(get_x)
    @property
    def y(self): return 2
    w = property()
A.z = property(lambda self: 3)
a = A()
for n in "xyz":
    try: setattr(a, n, 1)
    except AttributeError as e: print(e)
    try: delattr(a, n)
    except AttributeError as e: print(e)
try: a.w
except AttributeError as e: print(e)
p = property(lambda s: 1)
p.__set_name__(A, "manual")
A.m = p
try: a.m = 1
except AttributeError as e: print(e)
q = A.__dict__['y'].setter(None)
A.q = q
try: a.q = 1
except AttributeError as e: print(e)
class B(A): pass
b = B()
try: b.x = 1
except AttributeError as e: print(e)
