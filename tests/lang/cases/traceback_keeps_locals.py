# Objects a failing function held live as long as the exception's traceback: they are
# released after the except block that caught it, not the moment the exception left the
# function. Inner frames' objects go first.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def inner():
    handle = Resource("inner handle")
    raise ValueError("inner failed")


def outer():
    conn = Resource("outer connection")
    inner()


try:
    outer()
except ValueError as exc:
    print("caught:", exc)
    print("still inside the except block")
print("after the except block")


def reraiser():
    temp = Resource("temporary")
    try:
        raise KeyError("missing")
    except KeyError:
        print("handling, then re-raising")
        raise


try:
    reraiser()
except KeyError:
    print("caught the re-raise")
print("done")
