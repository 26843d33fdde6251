# Subtracting a str from an int: TypeError unsupported operand type(s) for -: 'int' and 'str'.
totals = [1, 2]
print(sum(totals))
print(sum(totals) - "1")
