# enumerate with a start, zip stopping at the shortest, and strict zip.
runners = ["ana", "ben", "cho"]
times = [12.3, 11.9, 13.1, 99.0]
for place, name in enumerate(runners, start=1):
    print(place, name)
print(list(zip(runners, times)))
print(dict(zip(runners, times)))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
try:
    list(zip(runners, times, strict=True))
except ValueError as e:
    print("ValueError:", e)
