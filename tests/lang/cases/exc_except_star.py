# ExceptionGroup and except*: each handler receives the matching sub-group.
def process_batch():
    raise ExceptionGroup("batch failed", [
        ValueError("bad row 3"),
        TypeError("wrong type in row 5"),
        ValueError("bad row 9"),
    ])

try:
    process_batch()
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", [str(e) for e in group.exceptions])
eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("disk")])])
print(str(eg), len(eg.exceptions))
match, rest = eg.split(KeyError)
print(repr(match.exceptions[0]), type(rest.exceptions[0]).__name__)
