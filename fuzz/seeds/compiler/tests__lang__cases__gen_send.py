# send() passes a value into a generator: a running-average coroutine-style generator.
def averager():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for reading in [10, 20, 60]:
    print(avg.send(reading))
fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
