# A try with several except clauses where an earlier clause does not match: the loop's iterator
# below the handler must survive, the handled exception must be restored afterwards (a later
# error has no __context__), and bare raise / exc_info see the right exception.
import sys


def classify(values):
    out = []
    for v in values:
        try:
            if v == 0:
                raise ZeroDivisionError("zero")
            if v < 0:
                raise ValueError(v)
            raise KeyError(v)
        except (TypeError, AttributeError):
            out.append("never")
        except ValueError as e:
            out.append(f"value {e}")
        except ZeroDivisionError:
            out.append("zero")
        except KeyError as e:
            out.append(f"key {e}")
    return out


print(classify([1, -2, 0, 3, -4]))

# After the statement nothing is being handled.
try:
    raise KeyError("a")
except ValueError:
    pass
except KeyError:
    pass
print("exc_info after:", sys.exc_info()[0])
try:
    raise RuntimeError("later")
except RuntimeError as e:
    print("context of a later error:", repr(e.__context__))

# Inside a handler reached after a failed clause, the current exception is the one raised.
def inner():
    try:
        raise IndexError("inner")
    except KeyError:
        return "wrong"
    except IndexError:
        return repr(sys.exc_info()[1])


print(inner())

# Nested: an inner statement with a failed clause inside an outer handler, then bare raise.
def nested():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise LookupError("inner")
        except TypeError:
            pass
        except LookupError:
            pass
        raise


try:
    nested()
except OSError as e:
    print("re-raised:", repr(e), "context:", repr(e.__context__))

# The same pattern in a while loop and a comprehension.
n = 0
seen = []
while n < 4:
    try:
        [1][n]
    except KeyError:
        seen.append("k")
    except IndexError:
        seen.append("i")
    n += 1
print(seen, [classify([k])[0] for k in (5, -5)])
