# match inside coroutines: the subject is awaited, case bodies await; the schedule is unchanged.
import asyncio


async def fetch(kind):
    await asyncio.sleep(0.5)
    if kind == "user":
        return {"kind": "user", "name": "ada"}
    return ["error", 404]


async def worker(kind):
    match await fetch(kind):
        case {"kind": "user", "name": name}:
            await asyncio.sleep(1)
            print(f"{kind}: user {name}")
        case ["error", code]:
            print(f"{kind}: error {code}")


async def main():
    await asyncio.gather(worker("user"), worker("page"))

asyncio.run(main())
