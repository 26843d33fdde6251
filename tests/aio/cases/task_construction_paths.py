# The ways a Task gets made, and what each leaves behind: numbering shared by every path, names
# (none, a str, a non-str), an explicit context, eager_start, a Task subclass, Task() called
# directly, and the errors for something that is not a coroutine.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="-")


async def show(label):
    print(label, asyncio.current_task().get_name(), "request =", request.get())
    return label


class Labelled(asyncio.Task):
    pass


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(show("a"))
    b = asyncio.create_task(show("b"), name="custom")
    c = asyncio.create_task(show("c"), name=42)
    ctx = contextvars.copy_context()
    ctx.run(request.set, "from ctx")
    d = asyncio.create_task(show("d"), context=ctx)
    e = asyncio.Task(show("e"), loop=loop)
    f = Labelled(show("f"), loop=loop, name="sub")
    g = asyncio.Task(show("g"), loop=loop, eager_start=True)
    print("names:", [t.get_name() for t in (a, b, c, d, e, f, g)])
    await asyncio.gather(a, b, c, d, e, f, g)
    for bad in (None, 3, show):
        try:
            asyncio.Task(bad, loop=loop)
        except TypeError as err:
            print("TypeError:", str(err).split(" at ")[0])
    try:
        asyncio.Task(show("h"), loop=loop, colour="red")
    except TypeError as err:
        print("TypeError:", err)
    print("next:", asyncio.create_task(show("z")).get_name())
    await asyncio.sleep(0)


asyncio.run(main())
