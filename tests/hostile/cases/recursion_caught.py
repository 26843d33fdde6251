# RecursionError can be caught and the program goes on (exit 0).
def down(n):
    return down(n + 1) + 1

try:
    down(0)
except RecursionError as e:
    print("caught:", e)
print("done")
