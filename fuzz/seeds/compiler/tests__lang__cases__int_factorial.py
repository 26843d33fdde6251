# Factorials grow fast; big-int multiplication and division must be exact.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

print(factorial(20))
print(factorial(30))
f50 = factorial(50)
print(f50)
print(f50 // factorial(48), f50 % 1000003)
