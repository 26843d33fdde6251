# type.__subclasses__(object): the same walk through the metaclass.
print("walking")
subs = type.__subclasses__(object)
print("never printed?", len(subs) >= 0)
