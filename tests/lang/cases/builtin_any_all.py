# any and all, including their values on empty iterables.
sensors = {"door": False, "window": True, "smoke": False}
print(any(sensors.values()), all(sensors.values()))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(all(len(name) > 3 for name in sensors))
