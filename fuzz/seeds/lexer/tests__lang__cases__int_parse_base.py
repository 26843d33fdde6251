# int() parses strings in other bases; base 0 follows the literal prefix.
print(int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("777", 8))
print(int("  42  "), int("-17"), int("1_000"), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("+5"))
print(hex(255), oct(8), bin(5), hex(-255))
