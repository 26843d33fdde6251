# The simulated worker-thread model (docs/asyncio-model.md): CPython cannot judge it, so the
# expected output (with --timestamps) is written inline.
import asyncio
import time


def blocking(name, secs):
    start = time.monotonic()
    time.sleep(secs)
    print(name, 'worker slept', time.monotonic() - start)
    return name


def failing():
    time.sleep(1)
    raise ValueError('worker failed')


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(ticker())
    results = await asyncio.gather(asyncio.to_thread(blocking, 'a', 2),
                                   asyncio.to_thread(blocking, 'b', 1))
    print(results, time.monotonic())
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print('caught', e, time.monotonic())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 'c', 0.5))
    await t

asyncio.run(main())
# expect: [    0.000] tick 0
# expect: [    2.000] a worker slept 2.0
# expect: [    1.000] b worker slept 1.0
# expect: [    1.000] tick 1
# expect: [    2.000] tick 2
# expect: [    2.000] ['a', 'b'] 2.0
# expect: [    3.000] caught worker failed 3.0
# expect: [    3.500] c worker slept 0.5
# expect: [    3.500] c
