# Reading a missing attribute: AttributeError "'Order' object has no attribute 'total'".
class Order:
    def __init__(self, items):
        self.items = items

order = Order(["pen"])
print(order.items)
print(order.total)
