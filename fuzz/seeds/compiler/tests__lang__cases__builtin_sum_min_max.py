# sum with a start value, min/max with key and default.
orders = [{"id": 1, "total": 40}, {"id": 2, "total": 15}, {"id": 3, "total": 40}]
print(sum(o["total"] for o in orders), sum([1, 2], 10), sum([0.1] * 10))
print(max(orders, key=lambda o: o["total"])["id"], min(orders, key=lambda o: o["total"])["id"])
print(max(3, 9, 4), min("pear", "fig", key=len), max([], default="none"))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
