# Removing duplicates: set() loses order, dict.fromkeys keeps first-seen order.
visits = ["home", "shop", "home", "cart", "shop", "pay"]
print(sorted(set(visits)))
print(list(dict.fromkeys(visits)))
print({x % 5 for x in range(20)})
print(set([3, 3, 1]) == {1, 3}, frozenset({1, 2}) == {1, 2})
