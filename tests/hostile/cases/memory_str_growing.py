# A string that doubles forever hits the memory cap.
# flags: --max-memory 64M
s = "ab"
print("growing")
while True:
    s += s
