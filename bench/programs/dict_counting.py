# Benchmark: word counting with a dict over a generated text, then the top words.
WORDS = ("async await task loop future event queue lock timer sleep gather cancel "
         "shield wait result callback handle ready heap clock").split()


def make_text(n):
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(WORDS[seed % len(WORDS)])
    return out


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


text = make_text(1000000)
counts = count(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("words =", len(text), "distinct =", len(counts), "top =", top)
