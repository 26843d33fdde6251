# A comprehension has its own scope: its loop variable does not leak out.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
factor = 10
print([n * factor for n in range(3)])
class Settings:
    base = 2
    doubled = [base * 2]
print(Settings.doubled)
