# Calling a non-function: TypeError "'str' object is not callable".
greeting = "hello"
print(greeting)
greeting()
