# Adjacent string literals are joined at compile time, even across lines in parentheses.
message = ("Order "
           'received: '
           "shipping soon")
print(message)
print("a" "b" 'c')
label = f"total: " "{not a field}"
print(label)
