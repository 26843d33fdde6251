# The mutable default pitfall: the default list is created once and shared by calls.
def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item("apple"))
print(add_item("pear"))
print(add_item("plum", []))
print(add_item("fig"))

def add_item_safe(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket

print(add_item_safe("apple"), add_item_safe("pear"))
