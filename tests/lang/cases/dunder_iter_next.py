# The iterator protocol by hand: __iter__ returns self, __next__ raises StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(list(Countdown(0)))
