# Coroutines awaiting each other without end raise RecursionError (exit 1).
import asyncio

async def a(n):
    return await b(n + 1)

async def b(n):
    return await a(n + 1)

print("start")
asyncio.run(a(0))
