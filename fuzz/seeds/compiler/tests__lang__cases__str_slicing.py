# String indexing and slicing with negative indices and steps.
word = "asyncio"
print(word[0], word[-1], word[2:5], word[:3], word[3:])
print(word[::2], word[::-1], word[-3:], word[1:-1])
print(word[10:], repr(word[5:2]), word[-100:2])
print(word[6:0:-2])
