# assert raises AssertionError with an optional message.
def average(values):
    assert values, "no values given"
    return sum(values) / len(values)

print(average([2, 4]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e))
