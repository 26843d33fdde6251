# partition/rpartition and splitlines with and without keepends.
header = "Content-Type: text/html"
print(header.partition(": "))
print("no separator".partition("="))
print("a.b.c".rpartition("."))
text = "first\nsecond\r\nthird\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "x\n\ny".split("\n"))
