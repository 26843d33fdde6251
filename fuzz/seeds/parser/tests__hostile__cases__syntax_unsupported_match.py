# A statement loopscope may not support (match): named as such or run correctly, never a crash.
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("other")
