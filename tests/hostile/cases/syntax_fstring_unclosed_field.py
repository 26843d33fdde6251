# An unclosed f-string field.
x = 1
print(f"{x")
