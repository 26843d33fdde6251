import asyncio

async def job(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name()

async def leftover():
    try:
        await asyncio.sleep(100)
    finally:
        print('leftover cleaned up')

async def starter():
    asyncio.create_task(leftover())
    return 'started'

with asyncio.Runner() as r:
    print(r.run(job(1)))
    print(r.run(starter()))
    print(r.run(job(1)))
    print(r.get_loop().is_running())
print(asyncio.run(job(1)))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
print(asyncio.run(job(0)))
async def nested():
    c = job(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
asyncio.run(nested())
async def fails():
    await asyncio.sleep(1)
    raise RuntimeError('boom')
try:
    asyncio.run(fails())
except RuntimeError as e:
    print('caught', e)
print(asyncio.run(job(1)))
