# List methods: append/extend/insert/remove/pop/index/count/reverse/clear/copy.
cart = ["milk", "eggs"]
cart.append("bread")
cart.extend(["jam", "tea"])
cart.insert(1, "butter")
print(cart)
print(cart.pop(), cart.pop(0), cart)
cart.remove("eggs")
print(cart, cart.index("jam"), cart.count("milk"))
backup = cart.copy()
cart.reverse()
print(cart, backup)
cart.clear()
print(cart, len(backup))
