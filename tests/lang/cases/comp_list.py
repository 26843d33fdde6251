# List comprehensions with conditions, conditional expressions and function calls.
prices = [4.99, 12.50, 0.99, 25.00, 7.25]
print([p for p in prices if p > 5])
print([round(p * 1.2, 2) for p in prices])
print(["cheap" if p < 5 else "dear" for p in prices])
print([c.upper() for c in "abc" if c != "b"])
print([(i, j) for i in range(3) for j in range(i)])
