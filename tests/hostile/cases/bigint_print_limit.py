# Printing an integer of more than 4300 digits raises CPython's ValueError.
n = 10 ** 5000
print("digits computed")
print(n)
