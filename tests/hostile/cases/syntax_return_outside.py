# 'return' at module level.
print("x")
return 5
