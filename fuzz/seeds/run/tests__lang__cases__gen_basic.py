# Generators produce values lazily; code runs only when the next value is requested.
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff")

gen = countdown(3)
print("created generator")
print(next(gen))
for value in gen:
    print("got", value)
print(list(countdown(0)))
