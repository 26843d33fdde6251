# The walrus operator := assigns inside expressions: loops, comprehensions and conditions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items is a lot")
stack = list(data)
while (top := stack.pop()) != 8:
    print("popped", top)
print(stack, top)
doubled = [y for x in data if (y := x * 2) > 6]
print(doubled, y)
