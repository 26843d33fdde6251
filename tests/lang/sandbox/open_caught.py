# The missing open() is a plain NameError that a lesson can catch.
try:
    open("data.csv")
except NameError as e:
    print("NameError:", e)
