# Subclassing built-in types: a dict with a default and a list that logs appends.
class Inventory(dict):
    def __missing__(self, key):
        return 0

class AuditList(list):
    def append(self, item):
        print("adding", item)
        super().append(item)

stock = Inventory(apples=3)
print(stock["apples"], stock["pears"], len(stock))
log = AuditList()
log.append("a")
log.append("b")
print(log, len(log), isinstance(log, list))
