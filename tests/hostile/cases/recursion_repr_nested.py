# A list nested 100,000 deep cannot be printed: RecursionError from repr, not a crash.
x = []
for _ in range(100000):
    x = [x]
print("built")
print(x)
