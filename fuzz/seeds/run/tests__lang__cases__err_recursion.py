# Unbounded recursion ends with RecursionError: maximum recursion depth exceeded.
def countdown(n):
    return countdown(n - 1)

print("starting")
countdown(10)
