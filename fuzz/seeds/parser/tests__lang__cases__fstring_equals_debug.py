# The self-documenting = specifier keeps the expression text and uses repr by default.
temperature = 21.456
sensor = "kitchen"
print(f"{sensor=}")
print(f"{temperature=:.1f}")
print(f"{temperature * 2 = }")
print(f"{sensor=!s}")
print(f"{len(sensor)=}")
