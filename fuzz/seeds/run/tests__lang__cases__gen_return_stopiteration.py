# A generator's return value travels in StopIteration.value; exhausted generators stay exhausted.
def job():
    yield "step 1"
    yield "step 2"
    return "job result"

g = job()
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as stop:
    print("again:", repr(stop.value))
