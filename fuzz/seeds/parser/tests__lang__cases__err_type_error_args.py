# Calling a function with too many positional arguments raises TypeError.
def ship(order, address):
    print("shipping", order, "to", address)

ship("A1", "Main St")
ship("A2", "High St", "express")
