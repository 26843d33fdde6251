# Assigning obj.__class__ switches the methods an existing object uses; CPython refuses
# non-classes, builtin instances and classes whose instances have another shape.
class Cat:
    def speak(self):
        return f"{self.name} says meow"


class Dog:
    def speak(self):
        return f"{self.name} says woof"


class Slotted:
    __slots__ = ("name",)


pet = Cat()
pet.name = "Rex"
for cls in (Cat, Dog, Cat):
    pet.__class__ = cls
    print(type(pet).__name__, pet.speak(), isinstance(pet, Dog))
for bad in (42, Slotted, int):
    try:
        pet.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    del pet.__class__
except TypeError as e:
    print("TypeError:", e)
