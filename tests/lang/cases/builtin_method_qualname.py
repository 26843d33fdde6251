# __qualname__ and __name__ of builtin functions and methods, bound and unbound.
class Stack(list):
    pass


print(len.__qualname__, len.__name__)
print(list.append.__qualname__, [].append.__qualname__, Stack().append.__qualname__)
print(dict.fromkeys.__qualname__, {}.fromkeys.__qualname__, str.join.__qualname__, " ".join.__name__)
print(Stack.append.__qualname__, (1).bit_length.__qualname__)
print(object.__init__.__qualname__, object.__ne__.__qualname__, int.__add__.__qualname__)
