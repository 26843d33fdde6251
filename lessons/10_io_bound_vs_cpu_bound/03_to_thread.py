"""to_thread: hand blocking code to a worker thread
chapter: I/O-bound vs CPU-bound
order: 3
level: advanced

Some libraries only offer blocking functions (a file read, an old
database driver). Called directly from a coroutine, they freeze the loop
like `time.sleep` does. `await asyncio.to_thread(func, *args)` runs the
function in a **worker thread** instead and suspends only the calling
task; the loop keeps running the others, and the task resumes with the
function's return value when the thread is done.

It helps for blocking I/O. For heavy pure-Python computation, threads do
not run Python code in parallel, so it only keeps the loop responsive.

In loopscope the worker thread has its own timeline: its `time.sleep`
moves only the worker's clock, and the awaiting task resumes when the
loop's virtual time reaches the moment the worker finishes. (This lesson
is checked against loopscope's model, not against CPython: the CPython
oracle cannot run threads. The expected output is at the end of the
file.)

What to watch in the window:

- The direct call blocks: the clock jumps to 2.000 s with `Task-1` still
  running, and the heartbeat's first beat comes late.
- The `to_thread` call suspends `Task-1` for 2.5 s; meanwhile the
  heartbeat ticks at 3 s and 4 s. `Task-1` resumes at 4.500 s.

Try this:

1. Make the direct call use `to_thread` too: heartbeat 1 comes at 1.000 s
   and every later beat is on time.
2. Start two `to_thread` calls with `gather`: the two workers' waits
   overlap, like two tasks sleeping.
"""
import asyncio
import time


def count_lines(filename, seconds):
    #: Blocking: keeps its thread busy for the whole read.
    time.sleep(seconds)
    return {"log.txt": 1200, "archive.tar": 4800}[filename]


async def heartbeat():
    for beat in range(1, 6):
        await asyncio.sleep(1)
        print(f"heartbeat {beat}")


async def main():
    beats = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    print("main: reading log.txt directly (blocks the loop)")
    print(f"main: log.txt has {count_lines('log.txt', 2)} lines")
    print("main: handing archive.tar to a worker thread")
    #: Only this task waits; the loop keeps running the heartbeat.
    lines = await asyncio.to_thread(count_lines, "archive.tar", 2.5)
    print(f"main: archive.tar has {lines} lines")
    await beats


asyncio.run(main())

# Not oracle-checked (threads). Expected `loopscope run --timestamps` output:
# expect: [    0.000] main: reading log.txt directly (blocks the loop)
# expect: [    2.000] main: log.txt has 1200 lines
# expect: [    2.000] main: handing archive.tar to a worker thread
# expect: [    2.000] heartbeat 1
# expect: [    3.000] heartbeat 2
# expect: [    4.000] heartbeat 3
# expect: [    4.500] main: archive.tar has 4800 lines
# expect: [    5.000] heartbeat 4
# expect: [    6.000] heartbeat 5
# expect exit: 0
