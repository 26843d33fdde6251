# Iterating a dict yields keys; items() unpacks; sorting by value.
scores = {"maya": 88, "leo": 95, "ivy": 72, "sam": 95}
for name in scores:
    print(name, end=" ")
print()
for name, score in scores.items():
    if score > 80:
        print(f"{name}: {score}")
ranking = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
print(ranking)
print(max(scores, key=scores.get), min(scores.values()))
