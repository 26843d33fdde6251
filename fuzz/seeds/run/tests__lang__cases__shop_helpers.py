# conformance: helper module
# Helper module for the import_ cases: a tax rate, a function, a class and a module-level print.
TAX_RATE = 0.2
print("shop_helpers imported")

def with_tax(amount):
    return round(amount * (1 + TAX_RATE), 2)

class Receipt:
    def __init__(self, *amounts):
        self.amounts = amounts
    def total(self):
        return with_tax(sum(self.amounts))

_private = "hidden"
