# Lambdas as small anonymous functions: sort keys, defaults and immediate calls.
square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a: len(a))(1, 2, 3))
students = [("zoe", 3.2), ("adam", 3.9), ("li", 3.5)]
print(sorted(students, key=lambda s: s[1]))
print(list(map(lambda s: s[0].title(), students)))
print(square.__name__)
