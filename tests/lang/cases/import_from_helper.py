# from-import of names from a sibling module; the module body runs once on first import.
from shop_helpers import with_tax, Receipt, TAX_RATE
from shop_helpers import with_tax as add_tax

print(with_tax(10), add_tax(2.5), TAX_RATE)
print(Receipt(5, 5).total())
