# del on list items and slices, negative indexing, and nested list updates.
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[-1][0] = 7
print(grid)
queue = ["a", "b", "c", "d", "e"]
del queue[0]
del queue[-1]
print(queue)
del queue[1:]
print(queue)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
