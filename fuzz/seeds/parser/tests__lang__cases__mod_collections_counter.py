# collections.Counter: counting words, most_common, arithmetic and missing keys.
from collections import Counter

words = "to be or not to be that is the question".split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["be"], counts["missing"], len(counts), counts.total())
a = Counter(apples=3, pears=1)
b = Counter(apples=1, kiwis=2)
print(a + b, a - b)
print(Counter("mississippi"))
