# map, filter and reversed return lazy iterators; list() materialises them.
temps_c = [0, 12, 25, 37]
temps_f = map(lambda c: c * 9 / 5 + 32, temps_c)
print(type(temps_f).__name__, list(temps_f), list(temps_f))
print(list(filter(lambda c: c > 10, temps_c)), list(filter(None, [0, 1, "", "a"])))
print(list(reversed(temps_c)), list(reversed(range(3))), "".join(reversed("abc")))
print(list(map(pow, [2, 3], [3, 2])))
