# Calling a method on None: AttributeError "'NoneType' object has no attribute ...".
def find_user(name):
    users = {"ann": "Ann Lee"}
    if name in users:
        return users[name]

print(find_user("ann").upper())
print(find_user("bob").upper())
