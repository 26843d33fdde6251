# The `if __name__ == "__main__":` guard runs when the file is executed as a program.
def main():
    print("running main")
    return 0

print("module name is", __name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
