# Unpacking the wrong number of values raises ValueError with CPython's messages.
for values in ([1, 2, 3], [1], (1, 2)):
    try:
        a, b = values
        print("ok", a, b)
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
