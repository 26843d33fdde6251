# Conditional expressions, and/or returning operands, and not.
stock = 0
print("in stock" if stock else "sold out")
name = "" or "guest"
print(name, 0 or None, 3 and 4, 0 and 4, [] or {} or "last")
print(not 0, not [1], not None)
level = "high" if stock > 10 else "low" if stock > 0 else "empty"
print(level)
