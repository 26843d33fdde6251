# printf-style formatting with %: s, r, d, f, x, width, tuples and dicts.
name, qty, price = "widget", 3, 4.5
print("%s x%d at %.2f" % (name, qty, price))
print("%r" % name, "%5d|" % qty, "%-5d|" % qty, "%05.1f" % price)
print("%x %X %o %e" % (255, 255, 8, 12345.678))
print("%(item)s costs %(cost)d" % {"item": "tea", "cost": 2})
print("%d%% done" % 100, "%s" % [1, 2])
