import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    async def getter(name):
        try:
            item = await q.get()
            print(name, 'got', item)
            q.task_done()
        except asyncio.CancelledError:
            print(name, 'cancelled')
            raise
    gs = [asyncio.create_task(getter(f'g{i}')) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait(1)
    gs[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait(2)
    await asyncio.gather(*gs, return_exceptions=True)
    print('qsize', q.qsize(), q.empty(), q.full())
    for i in range(2):
        await q.put(i)
    async def putter(name, v):
        try:
            await q.put(v)
            print(name, 'put', v)
        except asyncio.CancelledError:
            print(name, 'put cancelled')
            raise
    ps = [asyncio.create_task(putter(f'p{i}', 10 + i)) for i in range(3)]
    await asyncio.sleep(0)
    print(q.get_nowait())
    ps[0].cancel()
    await asyncio.sleep(0)
    print(q.get_nowait(), q.get_nowait(), q.qsize())
    await asyncio.sleep(0)
    await asyncio.gather(*ps, return_exceptions=True)
    while not q.empty():
        print('drain', q.get_nowait())
    for _ in range(6):
        try:
            q.task_done()
        except ValueError as e:
            print(e)
            break
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print('full')
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 1, 3]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in range(4):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(4)])
    jq = asyncio.Queue()
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(item)
            print('processed', item)
            jq.task_done()
    ws = [asyncio.create_task(worker()) for _ in range(2)]
    for x in (1, 2, 1, 3):
        jq.put_nowait(x)
    await jq.join()
    print('joined')
    for w in ws:
        w.cancel()

asyncio.run(main())
