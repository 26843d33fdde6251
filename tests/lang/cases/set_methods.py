# Set mutation methods: add/discard/remove/pop/update; strings printed after sorting.
tags = set()
for t in ["python", "async", "python", "loops", "async"]:
    tags.add(t)
print(sorted(tags), len(tags))
tags.discard("missing")
tags.remove("loops")
print(sorted(tags))
try:
    tags.remove("loops")
except KeyError as e:
    print("KeyError", repr(e))
nums = {3, 1, 2}
nums.update([5, 4], (0,))
print(nums, nums.pop(), sorted(frozenset("cab")))
