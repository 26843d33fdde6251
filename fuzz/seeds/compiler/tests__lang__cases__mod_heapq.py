# heapq: a priority queue of jobs with heappush/heappop, nsmallest and heapify.
import heapq

jobs = []
for priority, name in [(3, "email"), (1, "backup"), (2, "report"), (1, "alert")]:
    heapq.heappush(jobs, (priority, name))
print(jobs[0])
while jobs:
    print(heapq.heappop(jobs))
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.nsmallest(2, [9, 4, 7, 1, 8]), heapq.nlargest(2, [9, 4, 7, 1, 8]))
print(heapq.heappushpop([5, 6], 1), list(heapq.merge([1, 4], [2, 3])))
