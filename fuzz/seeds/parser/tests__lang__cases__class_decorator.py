# Class decorators receive the class and may register or modify it.
registry = {}

def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls

@register
class Email:
    def send(self):
        return "sending email"

@register
class Sms:
    def send(self):
        return "sending sms"

print(sorted(registry))
print(registry["sms"]().send(), Email.registered)
