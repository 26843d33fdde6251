import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def bad(f):
        raise RuntimeError('bad callback')
    fut.add_done_callback(bad)
    fut.add_done_callback(lambda f: print('good callback runs'))
    fut.set_result(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    def handler(loop, ctx):
        print('handler:', ctx['message'].split(' at ')[0], type(ctx.get('exception')).__name__)
    loop.set_exception_handler(handler)
    loop.call_soon(bad, None)
    await asyncio.sleep(0.1)
    print(loop.get_exception_handler() is handler)
    t = asyncio.create_task(asyncio.sleep(1))
    print(type(t).__name__)
    await t
    t = asyncio.ensure_future(asyncio.sleep(1, 'ef'))
    print(await t)

asyncio.run(main())

loop = asyncio.new_event_loop()
async def quick():
    loop.stop()
    await asyncio.sleep(1)
try:
    loop.run_until_complete(quick())
except RuntimeError as e:
    print(e)
f = loop.create_future()
f.set_result('already')
print(loop.run_until_complete(f))
loop.close()
loop.close()
print('done')
