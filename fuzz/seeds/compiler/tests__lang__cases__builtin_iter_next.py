# iter() and next() with defaults, and iter() over strings/dicts.
it = iter(["first", "second"])
print(next(it), next(it), next(it, "no more"))
keys = iter({"x": 1, "y": 2})
print(list(keys))
letters = iter("ab")
print(next(letters), list(letters), list(letters))
