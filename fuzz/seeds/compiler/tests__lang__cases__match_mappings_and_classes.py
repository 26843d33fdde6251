# match: mapping patterns (.get lookups, **rest) and class patterns (__match_args__, keywords).
from dataclasses import dataclass


@dataclass
class Order:
    item: str
    qty: int


class Refund:
    __match_args__ = ("order_id",)

    def __init__(self, order_id, reason=None):
        self.order_id = order_id
        if reason is not None:
            self.reason = reason


def handle(msg):
    match msg:
        case {"type": "order", "item": str(item), "qty": int(qty), **extra}:
            return f"order {qty} x {item}, extra {sorted(extra.items())}"
        case {"type": "ping"}:
            return "pong"
        case Order(item, qty=1):
            return f"single {item}"
        case Order(item=it, qty=q) if q > 10:
            return f"bulk {q} x {it}"
        case Order():
            return "some order"
        case Refund(order_id, reason=why):
            return f"refund {order_id}: {why}"
        case Refund(oid):
            return f"refund {oid} without a reason"
        case _:
            return "unknown message"


for m in [{"type": "order", "item": "tea", "qty": 2, "note": "hot"}, {"type": "ping", "x": 1},
          {"type": "order", "item": 5, "qty": 2}, Order("cake", 1), Order("bun", 12), Order("pie", 3),
          Refund(7, "late"), Refund(8), {}, "ping"]:
    print(handle(m))

try:
    match Refund(1):
        case Refund(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
