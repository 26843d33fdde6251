# dataclasses: generated __init__/__repr__/__eq__, defaults, field(default_factory), order and frozen.
from dataclasses import dataclass, field, asdict

@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)

    def total(self):
        return sum(i.price * i.qty for i in self.items)

cart = Cart("ann")
cart.items.append(Item("pen", 1.5, 4))
cart.items.append(Item("pad", 3.0))
print(cart)
print(cart.total(), Item("a", 1) == Item("a", 1), asdict(cart.items[1]))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int

print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]))
try:
    Version(1, 0).major = 2
except Exception as e:
    print(type(e).__name__, e)
