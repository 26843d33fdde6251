# Set algebra on small ints (below 8 they print in ascending order in CPython); larger results are sorted first.
evens = {0, 2, 4, 6}
squares = {0, 1, 4}
print(evens | squares, evens & squares, evens - squares, evens ^ squares)
print(evens.issuperset({2, 4}), {1, 4} <= squares, evens.isdisjoint({1, 3}))
big = {10, 20, 30} | {25, 5}
print(sorted(big), sorted(big - {20}), len(big))
print(len(evens), 4 in evens, 5 in evens, set() == set(), set())
