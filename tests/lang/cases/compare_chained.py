# Chained comparisons evaluate the middle operand once and short-circuit.
def value(label, v):
    print("eval", label)
    return v

temperature = 21
print(18 <= temperature < 25, 0 < temperature > 30, 1 < 2 < 3 < 4)
print(value("a", 1) < value("b", 0) < value("c", 5))
print(1 == 1.0 != 2, "a" < "b" <= "b")
