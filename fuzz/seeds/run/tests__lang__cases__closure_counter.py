# Closures remember variables of the enclosing function; nonlocal lets them rebind.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

clicks = make_counter()
views = make_counter(100)
print(clicks(), clicks(), clicks(5))
print(views(), clicks())
print(clicks.__closure__ is not None)
