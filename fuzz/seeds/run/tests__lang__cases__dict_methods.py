# Dict methods: get/setdefault/pop/popitem/update/keys/values/items/fromkeys.
prices = {"tea": 2.5, "coffee": 3.0}
print(prices.get("tea"), prices.get("juice"), prices.get("juice", 0))
print(prices.setdefault("water", 1.0), prices.setdefault("tea", 9.9))
prices.update({"coffee": 3.5}, cake=4)
print(prices)
print(prices.pop("water"), prices.pop("nope", "missing"), prices.popitem())
print(list(prices.keys()), list(prices.values()), list(prices.items()))
print(dict.fromkeys(["a", "b"], 0), dict(zip("xy", [1, 2])), dict(a=1))
