# Passes of the event loop in their less common shapes: a heap where most timers were cancelled
# (it gets compacted), deadlines given as ints, a callback that raises SystemExit (the handles
# after it in the same pass run on the next one), and a loop stopped between passes.
import asyncio


def boom():
    print("boom: SystemExit")
    raise SystemExit(7)


def main():
    loop = asyncio.new_event_loop()
    fired = []
    handles = [loop.call_later(1 + i / 100, fired.append, i) for i in range(150)]
    for i, h in enumerate(handles):
        if i % 5:
            h.cancel()
    loop.call_at(3, print, "int deadline 3")
    loop.call_at(2.5, print, "float deadline 2.5")
    loop.call_at(2, print, "int deadline 2")
    loop.call_later(4, loop.stop)
    loop.run_forever()
    print("fired:", fired)
    print("time:", loop.time())

    loop.call_soon(print, "before boom")
    loop.call_soon(boom)
    loop.call_soon(print, "after boom (next pass)")
    loop.call_soon(loop.stop)
    try:
        loop.run_forever()
    except SystemExit as e:
        print("run_forever ended by SystemExit", e.code)
    print("ready again:", len(loop._ready))
    loop.run_forever()
    loop.close()


main()
