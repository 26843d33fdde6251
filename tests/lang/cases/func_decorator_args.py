# A decorator factory taking arguments, and stacked decorators applied bottom-up.
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate

def tag(name):
    def decorate(fn):
        def wrapper(*args):
            return f"<{name}>{fn(*args)}</{name}>"
        return wrapper
    return decorate

@repeat(2)
@tag("b")
def label(text):
    return text

print(label("sale"))
