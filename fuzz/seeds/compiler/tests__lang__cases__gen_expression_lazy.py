# Generator expressions are lazy and single-use; sum/any/all consume them.
def noisy(values):
    for v in values:
        print("producing", v)
        yield v

squares = (x * x for x in noisy([1, 2, 3]))
print("nothing produced yet")
print(sum(squares))
print(sum(squares))
print(any(x > 1 for x in noisy([0, 5, 9])))
print(all(x > 0 for x in [1, 2, 0]), max(len(w) for w in ["a", "abc"]))
