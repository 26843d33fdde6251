# Re-raising with a bare raise keeps the exception; logging it first.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError:
        print("load failed for", name)
        raise

try:
    load("b")
except KeyError as e:
    print("caller caught", repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
