# Nested comprehensions: matrix transpose, flattening and a multiplication table.
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
for row in [[f"{a * b:3}" for b in range(1, 5)] for a in range(1, 4)]:
    print("".join(row))
