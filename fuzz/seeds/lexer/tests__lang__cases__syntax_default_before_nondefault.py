# A parameter without a default after one with a default: parameter without a default follows parameter with a default.
def make(size=1, color):
    return size, color
