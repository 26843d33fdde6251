# keys()/values()/items() are live views: they follow later changes; keys views support set operations.
stock = {"apples": 3, "pears": 0}
keys = stock.keys()
values = stock.values()
stock["plums"] = 7
print(list(keys), list(values), len(keys))
print(sorted(keys & {"plums", "figs"}), sorted(keys - {"apples"}), ("pears", 0) in stock.items())
try:
    for k in stock:
        stock["new-" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
