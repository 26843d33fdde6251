# 2 ** (10 ** 10) would need over a gigabyte of digits: MemoryError instead of a hang.
print("computing")
n = 2 ** (10 ** 10)
print("never")
