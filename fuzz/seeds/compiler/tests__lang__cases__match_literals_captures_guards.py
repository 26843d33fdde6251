# match: literal, singleton, or-, as- and capture patterns, with guards; captures stay bound.
def classify(reading):
    match reading:
        case 0:
            return "zero"
        case -1 | -2 as low:
            return f"sensor fault {low}"
        case None:
            return "no reading"
        case True | False:
            return "a flag, not a number"
        case "off" | "OFF":
            return "switched off"
        case int(n) if n > 100:
            return f"too hot: {n}"
        case float() as f if f != f:
            return "not a number"
        case value:
            return f"reading {value}"


for r in [0, -1, -2, None, True, False, "off", "OFF", 150, float("nan"), 21.5, 7, "x"]:
    print(repr(r), "->", classify(r))

match 3:
    case 1 | 2:
        print("no")
    case three:
        print("captured at module level:", three)
print("still bound:", three)
