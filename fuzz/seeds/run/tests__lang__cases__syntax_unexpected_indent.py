# An indented line where none is expected: IndentationError: unexpected indent.
name = "ann"
    print(name)
