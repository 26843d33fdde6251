# There is no file access: open() does not exist, so calling it is a NameError.
print("reading settings")
with open("settings.txt") as f:
    print(f.read())
