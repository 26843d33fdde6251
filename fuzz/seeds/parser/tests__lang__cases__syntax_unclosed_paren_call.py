# An unclosed parenthesis at the end of the file: "'(' was never closed".
print("start")
print("total:", sum([1, 2])
