# del removes names, dict keys, list items and attributes.
inventory = {"bolts": 10, "nuts": 4, "washers": 0}
del inventory["washers"]
print(inventory)
class Part:
    pass
p = Part()
p.name = "gear"
p.size = 3
del p.size
print(hasattr(p, "size"), p.name)
temp = 5
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
