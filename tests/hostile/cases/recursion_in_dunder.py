# A __repr__ that calls itself through repr() is stopped by RecursionError.
class Loop:
    def __repr__(self):
        return repr(self)

print("start")
print(Loop())
