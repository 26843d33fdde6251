# A loop that reads and calls attributes keeps doing so after the class gains __getattribute__
# and __getattr__, and after they are removed again.
class Sensor:
    def __init__(self):
        self.reading = 7

    def read(self):
        return self.reading


def poll(s):
    return s.reading, s.read()


s = Sensor()
print(poll(s))


def loud(self, name):
    if name == "reading":
        return -1
    return object.__getattribute__(self, name)


Sensor.__getattribute__ = loud
print(poll(s))
del Sensor.__getattribute__
print(poll(s))
Sensor.__getattr__ = lambda self, name: f"missing {name}"
del s.reading
print(poll(s))
s.reading = 3
print(poll(s))
