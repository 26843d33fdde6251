# Assigning to a name anywhere in a function makes it local: reading it first fails.
balance = 100

def withdraw(amount):
    try:
        balance -= amount
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

withdraw(10)
print(balance)
