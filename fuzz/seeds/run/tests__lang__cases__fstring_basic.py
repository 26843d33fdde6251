# f-strings: expressions, method calls, and dictionary lookups inside braces.
student = {"name": "Maya", "scores": [88, 92, 79]}
print(f"{student['name']} has {len(student['scores'])} scores")
print(f"average: {sum(student['scores']) / len(student['scores'])}")
print(f"{student['name'].upper()} {2 * 21} {'nested quotes'}")
print(f"{{braces}} and {student['scores'][-1]}")
