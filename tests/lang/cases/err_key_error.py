# A missing dict key ends the program with KeyError showing the key's repr.
prices = {"tea": 2.5, "coffee": 3.0}
print(prices["tea"])
print(prices["juice"])
