# A busy loop at module level is stopped by the instruction budget (a small one here).
# flags: --max-instructions 5000000
print("spinning")
while True:
    pass
