"""Async generators: yield inside async def
chapter: Async iteration and context managers
order: 2
level: intermediate

Writing a class with `__anext__` is verbose. An `async def` function that
contains `yield` is an **async generator**: it gives you an async iterator
for free. It may `await` between yields. If you stop iterating early, call
`await gen.aclose()` so its `finally` block runs right away rather than
whenever the generator happens to be garbage-collected.

What to watch in the window:

- The current line alternates between the generator and the loop body:
  each `yield` hands one reading over and pauses the generator.
- After the third reading the loop `break`s. The generator is paused at
  its `yield`; `aclose()` resumes it with `GeneratorExit` there, so its
  `finally` prints "sensor switched off".
- An async comprehension builds a list from a second generator.

Try this:

1. Remove the `break`: the generator runs out after five readings and the
   `finally` runs at the end of the loop, and `aclose()` does nothing.
2. Change the sleep in `read_sensor` to 0.5: all timestamps halve.
"""
import asyncio


async def read_sensor(name, count):
    try:
        for reading in range(count):
            await asyncio.sleep(1)
            #: Hands one value to the async for loop and pauses here.
            yield f"{name}: {20 + reading * 0.5} C"
    finally:
        print(f"{name}: sensor switched off")


async def main():
    readings = read_sensor("greenhouse", 5)
    async for reading in readings:
        print(reading)
        if reading.endswith("21.0 C"):
            break
    #: Closes the paused generator now, running its finally block.
    await readings.aclose()

    #: An async comprehension drains a whole generator.
    cellar = [value async for value in read_sensor("cellar", 2)]
    print(cellar)


asyncio.run(main())
