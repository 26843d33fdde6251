# for ... else with break and continue: searching for a prime factor.
for n in [15, 17, 21, 23]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for i in range(6):
    if i % 2:
        continue
    print("even", i)
