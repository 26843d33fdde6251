# Arithmetic dunders: __add__, __radd__, __mul__, __neg__, __bool__ on a money type.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        return self if other == 0 else NotImplemented
    def __mul__(self, n):
        return Money(self.cents * n)
    def __neg__(self):
        return Money(-self.cents)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"${self.cents / 100:.2f}"

wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), Money(100) * 3, -Money(50), bool(Money(0)))
try:
    Money(1) + 5
except TypeError as e:
    print("TypeError:", e)
