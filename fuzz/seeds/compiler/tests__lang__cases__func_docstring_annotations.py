# Docstrings and annotations are stored on the function object.
def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle."""
    return width * height

print(area.__doc__)
print(area.__annotations__)
print(area(3, 4), area.__defaults__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc())
