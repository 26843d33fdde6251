# gen.gi_frame and frame attributes lead nowhere dangerous.
def gen():
    yield 1

g = gen()
fr = g.gi_frame
print("frame:", type(fr).__name__)
print(fr.f_globals is globals())
print(fr.f_builtins["open"])
