# functools: partial, reduce, lru_cache (with cache_info), and cmp_to_key.
import functools

def power(base, exponent):
    return base ** exponent

square = functools.partial(power, exponent=2)
print(square(9), functools.partial(power, 2)(10))
print(functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4, 5]), functools.reduce(max, [3, 8, 2], 0))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
def by_length_then_alpha(a, b):
    return (len(a) - len(b)) or (-1 if a < b else 1 if a > b else 0)
print(sorted(["kiwi", "fig", "apple", "date"], key=functools.cmp_to_key(by_length_then_alpha)))
