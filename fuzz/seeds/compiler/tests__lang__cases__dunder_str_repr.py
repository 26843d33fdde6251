# __str__ is used by print and str(); __repr__ by repr() and inside containers.
class Order:
    def __init__(self, oid, total):
        self.oid = oid
        self.total = total
    def __repr__(self):
        return f"Order({self.oid!r}, {self.total})"
    def __str__(self):
        return f"order {self.oid} for ${self.total:.2f}"

orders = [Order("A1", 9.5), Order("B2", 20)]
print(orders[0])
print(orders)
print(repr(orders[1]), str(orders[1]), f"{orders[0]}", f"{orders[0]!r}")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
