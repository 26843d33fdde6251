# gen.gi_frame and frame attributes lead nowhere dangerous: f_globals is the program's own
# namespace, and there is no f_builtins (or f_locals) to reach the builtins through.
def gen():
    yield 1

g = gen()
fr = g.gi_frame
print("frame:", type(fr).__name__)
print(fr.f_globals is globals())
print(fr.f_builtins["open"])
