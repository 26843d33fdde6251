# Concatenating str and int is a TypeError with CPython's exact wording.
age = 30
print("building message")
message = "Age: " + age
print(message)
