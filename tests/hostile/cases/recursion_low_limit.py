# --recursion-limit lowers the depth: 60 frames is not enough for depth 100.
# flags: --recursion-limit 60
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(30))
print(depth(100))
