# if/elif/else chains and truthiness of common values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 72, 40)])
for value in [0, 1, "", "x", [], [0], {}, None, 0.0, -1]:
    print(repr(value), "truthy" if value else "falsy")
