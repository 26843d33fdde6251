# A string that never ends on its line.
name = "Ada
print(name)
