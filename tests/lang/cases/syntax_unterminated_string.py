# A string literal without its closing quote: unterminated string literal.
print("start")
message = "hello world
print(message)
