# Subscripting an int: TypeError "'int' object is not subscriptable".
count = 5
print(count)
print(count[0])
