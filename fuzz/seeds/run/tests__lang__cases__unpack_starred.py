# Starred targets collect the rest into a list, in any position.
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *middle, tail = range(5)
print(head, middle, tail)
a, *b = [1]
print(a, b)
print(*[1, 2], *"xy", sep="-")
merged = [*range(3), *[7, 8]]
print(merged, (*merged[:2],), {*"aa"})
