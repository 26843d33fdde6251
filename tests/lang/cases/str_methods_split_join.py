# str.split with and without arguments, maxsplit, rsplit and join.
line = "  apples, pears ,bananas  "
print(line.split(","))
print(line.split())
print("a  b   c".split(" "))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
items = [s.strip() for s in line.split(",")]
print(" | ".join(items))
print("".join(reversed("stressed")))
