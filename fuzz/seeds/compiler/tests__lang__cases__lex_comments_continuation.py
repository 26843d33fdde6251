# Comments, backslash line continuation and implicit continuation inside brackets.
total = 1 + \
        2 + \
        3  # comment after code
prices = [
    10,  # first
    20,
    30,
]
print(total, sum(prices))
if (total > 5 and
        len(prices) == 3):
    print("both conditions hold")
