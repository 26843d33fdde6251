# input() is not available: lessons run without a keyboard.
print("What is your name?")
name = input()
print("Hello", name)
