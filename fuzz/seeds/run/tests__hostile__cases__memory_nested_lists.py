# Deeply nested lists built forever: MemoryError under a small cap.
# flags: --max-memory 32M
x = []
print("nesting")
while True:
    x = [x, x]
