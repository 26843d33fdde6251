# Default values, keyword arguments and calling by name in any order.
def make_order(item, qty=1, *, gift=False, note=""):
    return f"{qty} x {item}" + (" (gift)" if gift else "") + (f" [{note}]" if note else "")

print(make_order("book"))
print(make_order("pen", 3))
print(make_order(qty=2, item="mug", gift=True))
print(make_order("card", note="happy birthday", gift=True))
