# Closures capture variables, not values: the late-binding loop pitfall and its fix.
callbacks = []
for i in range(3):
    callbacks.append(lambda: i)
print([cb() for cb in callbacks])
fixed = []
for i in range(3):
    fixed.append(lambda i=i: i)
print([cb() for cb in fixed])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
