# Where the futures that tasks wait on come from: loop.create_future() as locks, queues and
# sleep call it, with asyncio.futures.Future rebound to a subclass, a loop class with its own
# create_future, and a wrong call.
import asyncio
import asyncio.futures


class LabelledFuture(asyncio.Future):
    made = 0

    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        LabelledFuture.made += 1
        self.label = f"future-{LabelledFuture.made}"


class CountingLoop(asyncio.SelectorEventLoop):
    created = 0

    def create_future(self):
        CountingLoop.created += 1
        return super().create_future()


async def waiter(q, lock, name):
    async with lock:
        item = await q.get()
        print(f"{name} got {item} at {asyncio.get_running_loop().time():.1f}")


async def plain():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("plain:", type(fut).__name__, fut.done(), fut.get_loop() is loop, repr(fut))
    loop.call_later(0.5, fut.set_result, "ready")
    print("awaited:", await fut, repr(fut))
    try:
        loop.create_future(1)
    except TypeError as exc:
        print("TypeError:", exc)


async def rebound():
    original = asyncio.futures.Future
    asyncio.futures.Future = LabelledFuture
    try:
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        print("rebound:", type(fut).__name__, fut.label)
        q = asyncio.Queue()
        lock = asyncio.Lock()
        tasks = [asyncio.create_task(waiter(q, lock, f"w{i}")) for i in range(2)]
        await asyncio.sleep(0.1)
        for i in range(2):
            q.put_nowait(i)
            await asyncio.sleep(0.1)
        await asyncio.gather(*tasks)
        print("labelled futures made:", LabelledFuture.made)
    finally:
        asyncio.futures.Future = original
    fut = asyncio.get_running_loop().create_future()
    print("restored:", type(fut).__name__, hasattr(fut, "label"))


async def counted():
    q = asyncio.Queue(maxsize=1)
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(waiter(q, lock, f"c{i}")) for i in range(3)]
    for i in range(3):
        await q.put(i)
        await asyncio.sleep(0.2)
    await asyncio.gather(*tasks)
    print("CountingLoop.create_future calls:", CountingLoop.created)


asyncio.run(plain())
asyncio.run(rebound())
runner = asyncio.Runner(loop_factory=CountingLoop)
runner.run(counted())
runner.close()
