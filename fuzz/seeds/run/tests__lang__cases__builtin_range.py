# range: start/stop/step, negative steps, len, indexing, membership and equality.
print(list(range(5)), list(range(2, 8, 2)), list(range(10, 0, -3)), list(range(0)))
r = range(0, 100, 7)
print(len(r), r[3], r[-1], 49 in r, 50 in r, r)
print(range(3) == range(0, 3), list(range(-3, 3)))
