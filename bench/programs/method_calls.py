# Benchmark: objects with methods and attribute updates (~3M method calls).
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        if amount <= self.balance:
            self.balance -= amount
            return True
        return False


class Bank:
    def __init__(self, n):
        self.accounts = [Account(f"client-{i}") for i in range(n)]

    def simulate(self, rounds):
        failed = 0
        accounts = self.accounts
        size = len(accounts)
        for r in range(rounds):
            acc = accounts[r % size]
            acc.deposit(r % 50)
            if not acc.withdraw((r * 7) % 60):
                failed += 1
        return failed


bank = Bank(100)
failed = bank.simulate(1500000)
print("failed =", failed, "total =", sum(a.balance for a in bank.accounts))
