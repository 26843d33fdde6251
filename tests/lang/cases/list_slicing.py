# List slices: steps, negative indices, copies, slice assignment and deletion.
readings = [10, 11, 12, 13, 14, 15, 16, 17]
print(readings[2:5], readings[::3], readings[::-1][:3], readings[-2:])
readings[1:3] = ["a", "b", "c"]
print(readings)
readings[::2] = [0, 0, 0, 0, 0]
print(readings)
del readings[::3]
print(readings)
readings[:] = []
print(readings)
