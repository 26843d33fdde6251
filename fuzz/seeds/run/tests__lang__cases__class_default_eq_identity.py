# Without __eq__, instances compare by identity; `in` and list.index use ==.
class Ticket:
    def __init__(self, number):
        self.number = number

a = Ticket(7)
b = Ticket(7)
print(a == b, a == a, a != b)
tickets = [a]
print(b in tickets, a in tickets, tickets.index(a))
try:
    tickets.index(b)
except ValueError:
    print("ValueError: b is not in the list")
