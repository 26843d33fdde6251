# close() raises GeneratorExit inside the generator; throw() raises at the paused yield.
def worker():
    try:
        while True:
            try:
                item = yield
                print("processing", item)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("worker cleaned up")

w = worker()
next(w)
w.send("a")
w.throw(ValueError("bad item"))
w.send("b")
w.close()
print("closed")
