# collections.deque as a bounded queue, and namedtuple for lightweight records.
from collections import deque, namedtuple, OrderedDict

recent = deque(maxlen=3)
for page in ["home", "shop", "cart", "pay"]:
    recent.append(page)
print(recent, list(recent))
recent.appendleft("start")
print(recent.popleft(), recent.pop(), recent)
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p._asdict(), p._replace(x=0))
x, y = p
print(x, y, Point._fields)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od))
