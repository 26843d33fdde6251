# loop.call_at / call_later: absolute and relative deadlines, equal deadlines in creation order,
# keyword arguments, cancelling a timer, and the errors of a bad call or a closed loop.
import asyncio


def tick(label, *extra):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f}", label, extra)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    t1 = loop.call_at(now + 1, tick, "at+1 first")
    t2 = loop.call_later(1, tick, "later 1 second", 7)
    t3 = loop.call_at(when=now + 0.5, callback=print)
    t4 = loop.call_at(now + 1, tick, "at+1 cancelled")
    t5 = loop.call_later(0.25, tick, "ctx", context=None)
    t4.cancel()
    print(isinstance(t1, asyncio.TimerHandle), t1.when() - now, t2.when() - now, t3.when() - now, t4.cancelled(), t5.cancelled())
    print(t1 < t2, t3 < t1, t1 == t1, t1 != t2)
    for bad in (lambda: loop.call_at(None, tick),
                lambda: loop.call_later(None, tick)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    await asyncio.sleep(2)
    print("done at", loop.time() - now)


asyncio.run(main())

loop = asyncio.new_event_loop()
loop.close()
for schedule in (lambda: loop.call_at(1, tick), lambda: loop.call_later(1, tick)):
    try:
        schedule()
    except RuntimeError as e:
        print("RuntimeError:", e)
