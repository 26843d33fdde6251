# A match statement (once unsupported, now desugared by the parser): runs as CPython runs it.
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("other")
