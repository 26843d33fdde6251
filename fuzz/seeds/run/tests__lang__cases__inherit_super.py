# Inheritance with super().__init__ and method overriding that extends the parent.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def describe(self):
        return f"{self.owner}: {self.balance}"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def describe(self):
        return super().describe() + f" at {self.rate:.0%}"

s = SavingsAccount("Ana", 500, 0.05)
print(s.describe())
print(isinstance(s, Account), issubclass(SavingsAccount, Account), issubclass(Account, SavingsAccount))
print(SavingsAccount.__bases__[0].__name__, SavingsAccount.__name__)
