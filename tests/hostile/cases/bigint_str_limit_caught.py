# The 4300-digit limit also applies to int() of a long string; both are catchable.
try:
    int("7" * 5000)
except ValueError as e:
    print("int():", e)
try:
    str(3 ** 20000)
except ValueError as e:
    print("str():", e)
print(len(str(10 ** 4299)))
