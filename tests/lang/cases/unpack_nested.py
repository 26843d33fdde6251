# Nested unpacking in assignments and for loops.
order = ("A-17", ("Ann", "ann@example.com"), [("pen", 2), ("pad", 1)])
order_id, (customer, email), items = order
print(order_id, customer, email)
for (product, qty) in items:
    print(f"  {product} x{qty}")
[[a, b], [c, d]] = [[1, 2], [3, 4]]
print(a + d, b * c)
