# @staticmethod and @classmethod, including a classmethod used as an alternate constructor.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    def __repr__(self):
        return f"Temperature({self.celsius})"

t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_freezing(-3), t.is_freezing(t.celsius))
class Kelvin(Temperature):
    pass
print(type(Kelvin.from_fahrenheit(32)).__name__)
