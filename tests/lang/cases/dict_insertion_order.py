# Dicts keep insertion order; updating a key keeps its place, deleting and re-adding moves it.
stock = {"apples": 5, "pears": 2}
stock["kiwis"] = 7
stock["apples"] = 6
print(stock)
del stock["pears"]
stock["pears"] = 1
print(stock, list(stock), len(stock))
print({1: "a", True: "b", 1.0: "c"})
