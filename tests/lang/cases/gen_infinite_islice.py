# An infinite generator is fine as long as the consumer stops: islice, zip and break.
import itertools

def order_numbers(prefix):
    n = 1
    while True:
        yield f"{prefix}-{n:04d}"
        n += 1

print(list(itertools.islice(order_numbers("A"), 3)))
print(list(zip(["ann", "bob"], order_numbers("B"))))
for number in order_numbers("C"):
    if number.endswith("3"):
        print("stopped at", number)
        break
