# list.sort and sorted(): key functions, reverse, and stability for equal keys.
orders = [("ann", 30), ("bob", 10), ("cat", 30), ("dan", 20), ("eve", 10)]
print(sorted(orders, key=lambda o: o[1]))
print(sorted(orders, key=lambda o: o[1], reverse=True))
orders.sort(key=lambda o: (-o[1], o[0]))
print(orders)
nums = [5, 2, 9, 1]
print(sorted(nums), nums, nums.sort(), nums)
print(sorted("banana"), sorted([3, 1, 2], reverse=True))
