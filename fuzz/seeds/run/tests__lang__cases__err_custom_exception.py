# An uncaught custom exception: the error line is "ClassName: message".
class OutOfStock(Exception):
    pass

def reserve(item, stock):
    if stock.get(item, 0) == 0:
        raise OutOfStock(f"{item} is out of stock")
    stock[item] -= 1
    print("reserved", item)

stock = {"pen": 1}
reserve("pen", stock)
reserve("pen", stock)
