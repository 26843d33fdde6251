# An undefined name ends the program with NameError (and CPython's "Did you mean" hint).
def total_price(items):
    return sum(items) * tax_rate

print("computing")
print(total_price([1, 2]))
