# itertools: count, cycle, islice, chain, accumulate, groupby, product, permutations, combinations.
import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.islice(itertools.cycle("AB"), 5)))
print(list(itertools.chain([1, 2], (3,), "xy")), list(itertools.accumulate([1, 2, 3, 4])))
for key, group in itertools.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    print(key, list(group))
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.repeat("z", 3)))
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(itertools.pairwise([1, 2, 3])))
