# Benchmark: naive recursive Fibonacci, fib(27) computed 12 times; stresses function calls and int arithmetic.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


results = [fib(27) for _ in range(12)]
print("fib(27) =", results[0], "runs =", len(results), "checksum =", sum(results))
