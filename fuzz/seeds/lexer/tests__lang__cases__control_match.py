# Structural pattern matching on commands: literals, captures, sequences, classes and guards.
class Move:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def handle(command):
    match command:
        case "quit":
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *things] if things:
            return f"taking {', '.join(things)}"
        case {"action": "say", "text": text}:
            return f"saying {text}"
        case Move(0, y):
            return f"vertical {y}"
        case Move(x=x):
            return f"move {x}"
        case _:
            return "unknown"

for cmd in ["quit", ["go", "north"], ["take", "key", "lamp"], ["take"],
            {"action": "say", "text": "hi"}, Move(0, 5), Move(2, 1), 42]:
    print(handle(cmd))
