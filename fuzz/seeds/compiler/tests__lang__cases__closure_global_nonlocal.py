# global rebinds a module name; nonlocal rebinds an enclosing function's name.
total_requests = 0

def handle_request():
    global total_requests
    total_requests += 1

def outer():
    level = "outer"
    def inner():
        nonlocal level
        level = "changed by inner"
    inner()
    return level

for _ in range(3):
    handle_request()
print(total_requests, outer())
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
