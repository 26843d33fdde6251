# __call__ makes instances callable, e.g. a rate limiter or a configured formatter.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value):
        self.calls += 1
        return value * self.factor

triple = Multiplier(3)
print(triple(4), triple("ab"), list(map(triple, [1, 2])), triple.calls)
print(callable(triple), callable(Multiplier))
