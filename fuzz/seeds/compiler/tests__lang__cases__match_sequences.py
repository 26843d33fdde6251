# match: sequence patterns (lists, tuples, ranges, stars); strings and dicts are not sequences.
from collections import deque


def route(command):
    match command:
        case []:
            return "empty"
        case [single]:
            return f"one: {single}"
        case ["go", ("north" | "south") as way]:
            return f"going {way}"
        case ["go", *_]:
            return "go where?"
        case [first, *middle, last] if middle:
            return f"{first}..{last} with {middle}"
        case (a, b):
            return f"pair {a}, {b}"
        case _:
            return "not a sequence I know"


for c in [[], ["stop"], ["go", "north"], ["go", "west"], ["go"], [1, 2, 3, 4], (5, 6), range(2),
          deque([7, 8]), "ab", {"a": 1}, 42, ("x",), ["go", "south", "fast"]]:
    print(repr(c), "->", route(c))

match 1, 2, 3:
    case x, *rest:
        print("open sequence:", x, rest)
