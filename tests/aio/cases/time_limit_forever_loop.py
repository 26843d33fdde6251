# A service loop that never ends: the virtual clock passes the time limit and
# the run is stopped (exit code 4).
import asyncio


async def main():
    beats = 0
    while True:
        await asyncio.sleep(1000)
        beats += 1
        print('still alive, beat', beats)

asyncio.run(main())
