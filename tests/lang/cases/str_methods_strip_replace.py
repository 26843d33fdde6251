# strip/lstrip/rstrip with character sets, replace with a count, removeprefix/suffix.
raw = "xxhello worldxx"
print(raw.strip("x"), raw.lstrip("x"), raw.rstrip("x"))
print("  padded\n".strip() + "|")
print("a-b-c-d".replace("-", "+"), "a-b-c-d".replace("-", "+", 2))
print("report.csv".removesuffix(".csv"), "test_login".removeprefix("test_"))
print("banana".replace("an", ""))
