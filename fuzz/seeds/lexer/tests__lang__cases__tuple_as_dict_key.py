# Tuples are hashable and can key a dict, e.g. a grid of sensors by (row, col).
readings = {}
readings[(0, 0)] = 20.5
readings[(0, 1)] = 21.0
readings[1, 0] = 19.5
print(readings)
print(readings[0, 1], (1, 0) in readings, sorted(readings))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
