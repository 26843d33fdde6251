# Assigning to a function call is a SyntaxError.
def total():
    return 1
total() = 5
