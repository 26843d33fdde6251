# Nested replacement fields: width and precision taken from variables.
width, precision = 10, 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
print(f"[{'left':<{width}}]")
for align in "<^>":
    print(f"[{'x':{align}{5}}]")
