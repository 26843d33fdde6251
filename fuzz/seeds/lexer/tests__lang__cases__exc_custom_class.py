# Custom exception classes with extra fields, a custom __str__, and args.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"

class PaymentError(Exception):
    pass

try:
    raise InsufficientFunds(50, 20)
except InsufficientFunds as e:
    print(e, e.args, e.needed - e.available)
    print(repr(e))
e = PaymentError("card declined", 402)
print(str(e), repr(e), e.args)
print(str(PaymentError()), repr(PaymentError()), str(PaymentError("one")))
