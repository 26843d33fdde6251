# __import__() is not available to lesson code (use the import statement).
math = __import__("math")
print(math.pi)
