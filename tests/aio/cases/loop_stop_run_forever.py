# run_forever() runs until a callback calls loop.stop(); callbacks scheduled
# before stop() in the same iteration still run.
import asyncio

loop = asyncio.new_event_loop()
ticks = []


def tick(n):
    print('tick', n, 'at', loop.time())
    if n == 3:
        loop.stop()
        loop.call_soon(print, 'scheduled after stop: runs on the next start')
    else:
        loop.call_later(0.5, tick, n + 1)


loop.call_soon(tick, 1)
loop.run_forever()
print('run_forever returned at', loop.time())
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
