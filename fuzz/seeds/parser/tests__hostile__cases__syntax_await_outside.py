# 'await' in a plain function.
import asyncio
def f():
    await asyncio.sleep(1)
