# The !r, !s and !a conversions and their combination with format specs.
city = "Zürich"
print(f"{city!r} {city!s} {city!a}")
print(f"{city!r:>12}|")
items = ["a", 'b"c']
print(f"{items}  {items!r}  {items!s}")
print(f"{3.0!r} {None!r} {True!s}")
