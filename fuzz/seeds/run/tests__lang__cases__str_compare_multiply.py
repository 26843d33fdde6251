# Strings compare lexicographically by code point; * repeats, + concatenates.
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print("-" * 10, "ab" * 3, 0 * "x" == "")
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(max(names), min(names))
