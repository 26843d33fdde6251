# A class with only __getitem__ is still iterable: iteration stops at IndexError.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __getitem__(self, i):
        if i >= self.start:
            raise IndexError(i)
        return self.start - i

print(list(Countdown(4)), 2 in Countdown(3), sum(Countdown(5)))
