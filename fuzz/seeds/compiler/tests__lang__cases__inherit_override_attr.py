# Class attributes are looked up through the inheritance chain and can be overridden.
class Vehicle:
    wheels = 4
    sound = "vroom"
    def info(self):
        return f"{type(self).__name__}: {self.wheels} wheels, {self.sound}"

class Bike(Vehicle):
    wheels = 2
    sound = "ring ring"

class Truck(Vehicle):
    wheels = 18

for v in (Vehicle(), Bike(), Truck()):
    print(v.info())
