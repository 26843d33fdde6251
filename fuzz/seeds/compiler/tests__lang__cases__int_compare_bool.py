# bool is a subclass of int: True adds as 1; comparisons between ints and floats are exact.
print(True + True, True * 10, False - 1)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
votes = [True, False, True, True]
print(sum(votes), votes.count(True))
print(isinstance(True, int), type(True).__name__, int.__name__)
