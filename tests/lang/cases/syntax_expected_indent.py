# A block with no indented body: IndentationError: expected an indented block after 'for' statement.
for order in ["a", "b"]:
print(order)
