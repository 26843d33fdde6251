# typing annotations do not change behaviour; Optional/List/Dict/NamedTuple at runtime.
from typing import Optional, List, Dict, NamedTuple, Callable, Any

def find(names: List[str], target: str) -> Optional[int]:
    return names.index(target) if target in names else None

class Reading(NamedTuple):
    sensor: str
    value: float = 0.0

handlers: Dict[str, Callable[[Any], str]] = {"up": str.upper}
print(find(["a", "b"], "b"), find([], "x"))
r = Reading("kitchen", 21.5)
print(r, r.sensor, Reading("hall"))
print(handlers["up"]("ok"), find.__annotations__["return"] == Optional[int])
