# A task that swallows every exception while spinning is still stopped by the step budget.
# flags: --step-budget 100000
import asyncio

async def spin():
    while True:
        try:
            while True:
                pass
        except BaseException:
            print("caught (must not happen)")

async def main():
    print("starting")
    await spin()

asyncio.run(main())
