import asyncio

def cb(name, loop):
    print('cb', name, loop.time())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, cb, 'later1', loop)
    loop.call_at(loop.time() + 1, cb, 'at1', loop)
    loop.call_soon(cb, 'soon', loop)
    h = loop.call_later(0.5, cb, 'cancelled', loop)
    h.cancel()
    print(h.cancelled())
    loop.call_later(0, cb, 'later0', loop)
    loop.call_soon(cb, 'soon2', loop)
    loop.call_later(0.1 + 0.2, cb, 'p3a', loop)
    loop.call_later(0.3, cb, 'p3b', loop)
    await asyncio.sleep(0)
    print('after sleep0')
    await asyncio.sleep(2)
    def bad():
        raise ZeroDivisionError('in callback')
    loop.call_soon(bad)
    await asyncio.sleep(0.1)
    print('survived callback error')
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('cb1', f.result()))
    fut.add_done_callback(lambda f: print('cb2', f.result()))
    def third(f):
        print('cb3')
    fut.add_done_callback(third)
    print('removed', fut.remove_done_callback(third))
    fut.set_result(42)
    fut.add_done_callback(lambda f: print('late cb'))
    print(await fut)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print('invalid state')
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print(e)
    f2.cancel('why')
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    f3 = loop.create_future()
    f3.set_exception(ValueError)
    print(repr(f3.exception()))
    print(loop.is_running(), loop.is_closed())
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())

asyncio.run(main())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def stopper():
    await asyncio.sleep(1)
    loop.stop()
    print('stopped at', loop.time())
loop.create_task(stopper(), name='stopper')
loop.call_later(3, print, 'never')
loop.run_forever()
print('run_forever returned', loop.time())
fut = loop.create_future()
loop.call_later(1, fut.set_result, 'fut-result')
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.sleep(1, 'slept')))
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('get_event_loop:', e)
