# The same attribute read, written and called in one loop while the class changes under it:
# a class attribute shadowed by instances, a property added later, methods replaced, __class__ swapped.
class Point:
    kind = "plain"

    def __init__(self, x):
        self.x = x

    def describe(self):
        return f"Point({self.x})"


class Other:
    kind = "other"

    def describe(self):
        return "an Other"


def read_all(objs):
    return [(o.kind, o.describe()) for o in objs]


p, q = Point(1), Point(2)
for round_no in range(6):
    if round_no == 1:
        q.kind = "shadowed on q"            # instance dict now wins for q only
    if round_no == 2:
        Point.describe = lambda self: f"replaced {self.x}"
    if round_no == 3:
        q.describe = lambda: "q's own describe"   # instance attribute shadows the method
    if round_no == 4:
        Point.kind = property(lambda self: f"property of {self.x}")  # data descriptor beats q's dict
    if round_no == 5:
        p.__class__ = Other
    print(round_no, read_all([p, q]))

del q.describe
print(q.describe())
