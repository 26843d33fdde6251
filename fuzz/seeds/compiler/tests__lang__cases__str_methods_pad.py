# Padding helpers: center/ljust/rjust with fill characters and zfill with signs.
print("[" + "menu".center(10) + "]")
print("[" + "menu".center(11, "*") + "]")
print("[" + "id".ljust(6, ".") + "]", "[" + "42".rjust(6) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
for item, price in [("tea", 2.5), ("sandwich", 6.25)]:
    print(item.ljust(10) + f"{price:>6.2f}")
