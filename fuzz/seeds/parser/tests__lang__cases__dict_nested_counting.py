# Counting and grouping with plain dicts (the patterns before Counter/defaultdict).
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_length = {}
for w in words:
    by_length.setdefault(len(w), []).append(w)
print(by_length)
print(sorted(by_length), by_length[5])
