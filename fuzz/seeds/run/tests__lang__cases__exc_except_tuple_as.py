# except with a tuple of types, `as` binding, and the first matching clause winning.
def parse(value):
    try:
        return 100 // int(value)
    except (ValueError, TypeError) as e:
        return f"bad input ({type(e).__name__})"
    except ZeroDivisionError:
        return "division by zero"
    except Exception:
        return "never reached here"

for v in ["4", "x", None, "0"]:
    print(repr(v), "->", parse(v))
try:
    raise ValueError("oops")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
