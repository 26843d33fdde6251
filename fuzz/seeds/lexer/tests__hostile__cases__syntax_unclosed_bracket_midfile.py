# A '[' left open in the middle of the file: the error names the bracket, not the next line.
values = [1, 2, 3
print(values)
x = 1
