# 1 << 10**12 asks for an enormous integer: a clean error, never a crash.
print("shifting")
n = 1 << 10**12
print("never")
