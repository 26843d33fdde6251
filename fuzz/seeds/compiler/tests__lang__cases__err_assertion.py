# A failing assert with a message ends the program with AssertionError.
balance = 10
assert balance >= 0, "balance is negative"
print("balance ok")
balance -= 25
assert balance >= 0, f"balance is negative: {balance}"
