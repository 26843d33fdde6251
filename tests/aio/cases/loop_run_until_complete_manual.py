# Driving a loop by hand: new_event_loop(), run_until_complete() twice on the
# same loop, then close().
import asyncio


async def brew(drink, seconds):
    await asyncio.sleep(seconds)
    print(f'{drink} ready at {asyncio.get_running_loop().time()}')
    return drink


loop = asyncio.new_event_loop()
print('first:', loop.run_until_complete(brew('espresso', 1)))
print('second:', loop.run_until_complete(brew('latte', 2)))
print('loop time', loop.time(), 'running:', loop.is_running(), 'closed:', loop.is_closed())
loop.close()
print('closed:', loop.is_closed())
