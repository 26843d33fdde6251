# What a cancelled handle shows: CPython forgets the callback at cancel() unless the loop is in
# debug mode, where the description is frozen first.
import asyncio


def ring(label):
    print("ring", label)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(ring, "soon")
    t = loop.call_later(5, ring, "later")
    print(repr(h).startswith("<Handle ring("), "when=" in repr(t))
    h.cancel()
    t.cancel()
    print(repr(h), repr(t).split()[1], h.cancelled(), t.cancelled())
    loop.set_debug(True)
    h2 = loop.call_soon(ring, "debug")
    h2.cancel()
    print(repr(h2).startswith("<Handle cancelled ring("))
    loop.set_debug(False)
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
