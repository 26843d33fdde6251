# A missing colon after a def header is a SyntaxError: expected ':'.
def greet(name)
    return "hi " + name
