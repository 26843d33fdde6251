# A misspelled variable: NameError includes CPython's "Did you mean" suggestion.
inventory_count = 5
print(inventory_count)
print(inventory_cuont)
