# chr and ord round trip, a Caesar cipher built on them.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

secret = caesar("Meet at Noon!", 3)
print(secret, caesar(secret, -3))
print([chr(c) for c in range(65, 70)], ord("\n"))
