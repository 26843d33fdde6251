# @property with a setter that validates, and a read-only computed property.
class Thermostat:
    def __init__(self, target):
        self.target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not 5 <= value <= 30:
            raise ValueError(f"target {value} out of range")
        self._target = value

    @property
    def fahrenheit(self):
        return self._target * 9 / 5 + 32

t = Thermostat(20)
print(t.target, t.fahrenheit)
t.target = 25
print(t.target, t.fahrenheit)
try:
    t.target = 40
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
