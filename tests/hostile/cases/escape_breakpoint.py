# breakpoint() would start a debugger reading the keyboard: not available.
print("before")
breakpoint()
print("after")
