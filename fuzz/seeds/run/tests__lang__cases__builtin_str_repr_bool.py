# str(), repr(), bool(), int(), float(), list(), dict() conversions on common values.
print(str(1.0), repr("x"), str(None), repr(None), str([1, "a"]), repr((1,)))
print(bool(""), bool("False"), bool(0.0), bool([[]]), int("12") + float("0.5"))
print(list({"a": 1}), dict([("a", 1), ("b", 2)]), tuple({1: 2}))
print(repr(1e100), repr(-0.0), str(10 ** 20), repr("tab\there"), ascii("é"))
