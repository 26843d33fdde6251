# Unbounded recursion is stopped with RecursionError (CPython agrees; see tests/lang/cases/err_recursion.py).
def descend(depth):
    return descend(depth + 1)

print("descending")
descend(0)
