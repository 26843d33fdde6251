# Multiple inheritance: method resolution order and cooperative super() calls.
class Base:
    def hello(self):
        return ["Base"]

class Logging(Base):
    def hello(self):
        return ["Logging"] + super().hello()

class Caching(Base):
    def hello(self):
        return ["Caching"] + super().hello()

class Service(Logging, Caching):
    def hello(self):
        return ["Service"] + super().hello()

print(Service().hello())
print([c.__name__ for c in Service.__mro__])
print(isinstance(Service(), Caching))
