# Integer literal forms: underscores, hex, octal, binary, and how they print.
population = 1_000_000
mask = 0xff
perms = 0o17
flags = 0b101
print(population, mask, perms, flags)
print(0XFF, 0O17, 0B11, 1_0_0)
print(population + mask + perms + flags)
