# Recursive functions: factorial, fibonacci with memo dict, and a recursive tree sum.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

def tree_sum(node):
    return node if isinstance(node, int) else sum(tree_sum(c) for c in node)

print(fact(10), fib(80), tree_sum([1, [2, 3], [[4], 5]]))
print(len(memo))
