# *args and **kwargs collect extra arguments; * and ** spread them at the call.
def log(level, *messages, **fields):
    print(level, messages, fields)

log("INFO")
log("WARN", "disk", "almost full", host="db1", pct=91)
args = ["a", "b"]
opts = {"retry": 3}
log("DEBUG", *args, **opts)
def total(*amounts):
    return sum(amounts)
print(total(), total(1, 2, 3), total(*range(5)))
