# Benchmark: building strings with f-strings, join, slicing and methods (receipt lines).
def build_receipts(count):
    lines = []
    digest = 0
    for n in range(count):
        item = f"item-{n % 97:03d}"
        line = f"{item.upper():<12}|{n * 0.25:>10.2f}|{'*' * (n % 7)}"
        lines.append(line)
        if len(lines) == 100:
            block = "\n".join(lines)
            digest = (digest * 31 + len(block) + block.count("*") + ord(block[-1])) % 1000000007
            lines = []
    return digest


print("digest =", build_receipts(200000))
