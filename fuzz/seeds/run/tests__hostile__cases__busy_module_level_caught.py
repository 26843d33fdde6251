# The instruction budget cannot be caught: except BaseException does not swallow it.
# flags: --max-instructions 2000000
print("spinning")
try:
    while True:
        pass
except BaseException:
    print("caught (must not happen)")
print("after (must not happen)")
