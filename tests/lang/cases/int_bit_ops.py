# Bitwise operators on ints, including negative numbers and big shifts.
READ, WRITE, EXEC = 4, 2, 1
perms = READ | WRITE
print(perms, perms & WRITE, perms & EXEC, perms ^ READ, ~perms)
print(1 << 10, 1 << 70, 1024 >> 3, -16 >> 2, -1 >> 10)
print(bin(perms), (255).bit_length(), (-5) & 0xff, -5 | 2)
