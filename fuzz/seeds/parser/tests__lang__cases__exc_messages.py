# str() and repr() of common built-in exceptions, with CPython's exact messages.
def f(a, b):
    return a + b

attempts = [
    lambda: int("x"),
    lambda: [][1],
    lambda: {}["k"],
    lambda: None.x,
    lambda: 1 / 0,
    lambda: "a" + 1,
    lambda: len(5),
    lambda: f(1, 2, 3),
    lambda: 1 + "a",
    lambda: float("abc"),
    lambda: [1, 2].index(5),
    lambda: "abc"[10],
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, "|", str(e), "|", repr(e))
