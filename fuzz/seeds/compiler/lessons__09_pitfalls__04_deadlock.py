"""Deadlock: two tasks waiting for each other
chapter: Pitfalls
order: 4
level: intermediate

A deadlock happens when tasks wait for each other in a circle. Here two
transfers each lock one account and then want the other: the first holds
`alice` and waits for `bob`, the second holds `bob` and waits for `alice`.
Neither lock will ever be released. In a real program the process just
hangs; on loopscope's virtual clock the loop notices that nothing is
ready and no timer is pending, and stops with:

    DeadlockError: all tasks are waiting and nothing can wake them

(exit status 3). This lesson ends that way on purpose.

What to watch in the window:

- Each lock has one holder and one waiter, crossed: the waiter of `bob` is
  the holder of `alice` and the other way round.
- Every task is *waiting*, the ready queue is empty and the timer heap is
  empty: nothing can ever change.

Try this:

1. Make both transfers lock the accounts in the same order (for example,
   sorted by name): no deadlock, the second transfer just waits its turn.
2. Remove `await asyncio.sleep(1)` between the two acquisitions: the first
   transfer takes both locks before the second starts, and it works,
   by luck.
"""
import asyncio


async def transfer(amount, source, target, locks):
    async with locks[source]:
        print(f"{source}->{target}: locked {source}")
        await asyncio.sleep(1)
        print(f"{source}->{target}: waiting for {target}")
        #: Each task holds one lock and waits for the other's.
        async with locks[target]:
            print(f"{source}->{target}: moved {amount} EUR")


async def main():
    locks = {"alice": asyncio.Lock(), "bob": asyncio.Lock()}
    await asyncio.gather(
        transfer(30, "alice", "bob", locks),
        transfer(50, "bob", "alice", locks),
    )
    print("all transfers done")


asyncio.run(main())
