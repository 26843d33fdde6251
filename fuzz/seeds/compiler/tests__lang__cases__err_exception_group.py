# An uncaught ExceptionGroup: the traceback lists every sub-exception.
def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        if row < 0:
            errors.append(ValueError(f"row {i} is negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)

validate([1, 2])
print("first batch ok")
validate([1, -2, -3])
