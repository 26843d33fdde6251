# Dict and set comprehensions, including inverting a dict.
students = ["ann", "bob", "cy"]
lengths = {name: len(name) for name in students}
print(lengths)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print({n % 4 for n in range(10)}, {c for c in "hello" if c != "l"} == {"h", "e", "o"})
print({i: i * i for i in range(5) if i % 2 == 0})
