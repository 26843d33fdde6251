# collections.defaultdict: grouping orders by customer without key checks.
from collections import defaultdict

orders = [("ann", "tea"), ("bob", "cake"), ("ann", "scone"), ("cy", "tea")]
by_customer = defaultdict(list)
for customer, item in orders:
    by_customer[customer].append(item)
print(dict(by_customer))
tally = defaultdict(int)
for _, item in orders:
    tally[item] += 1
print(sorted(tally.items()), tally["coffee"], len(tally))
