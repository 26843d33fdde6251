# round with ndigits, and hex/bin/oct/format for ints.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1e3 / 7, 3))
print(hex(48879), bin(10), oct(64), hex(0), bin(-3))
print(format(255, "x"), format(255, "08b"), format(1234567, ","), format(0.5, ".0%"), format("hi", "^6"))
