# Freeing a tuple chain a million deep and a dict chain must not overflow the C++ stack
# (regression: object_release recursed once per level and segfaulted).
x = None
for _ in range(1000000):
    x = (x,)
print("built")
x = None
print("freed")
d = {}
for _ in range(300000):
    d = {"k": d}
d = None
print("dict freed")
