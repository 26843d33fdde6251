# __eq__ and __hash__: value objects used in sets and as dict keys.
class Sku:
    def __init__(self, code):
        self.code = code
    def __eq__(self, other):
        return isinstance(other, Sku) and self.code == other.code
    def __hash__(self):
        return hash(self.code)
    def __repr__(self):
        return f"Sku({self.code})"

a, b = Sku(101), Sku(101)
print(a == b, a is b, a != Sku(7), a == 101)
print(len({a, b, Sku(7)}), {a: "first"}[b])
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
