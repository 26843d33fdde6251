# join needs strings: numbers must be converted first, otherwise TypeError names the item.
ids = [101, 102, 103]
print(", ".join(str(i) for i in ids))
print("-".join(map(str, ids)), "".join([]), "+".join("abc"))
try:
    ", ".join(ids)
except TypeError as e:
    print("TypeError:", e)
