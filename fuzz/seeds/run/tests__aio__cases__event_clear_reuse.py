# An Event can be cleared and set again: a traffic light alternating between
# red and green for cars waiting on it.
import asyncio


async def car(name, green):
    await green.wait()
    print(f'{name} drives')


async def main():
    green = asyncio.Event()
    first = [asyncio.create_task(car(n, green)) for n in ['car1', 'car2']]
    await asyncio.sleep(1)
    green.set()
    print('light green, is_set:', green.is_set())
    await asyncio.sleep(0)
    green.clear()
    print('light red, is_set:', green.is_set())
    late = asyncio.create_task(car('car3', green))
    await asyncio.sleep(2)
    print('car3 still waiting:', not late.done())
    green.set()
    await asyncio.gather(*first, late)
    print('wait() on a set event returns', await green.wait())

asyncio.run(main())
