# The simulated worker-thread model and contextvars (CPython cannot judge the worker model,
# so the expected output is written inline): to_thread runs the function in a copy of the
# caller's context, run_in_executor in a context of the worker's own.
import asyncio
import contextvars

user = contextvars.ContextVar('user', default='anonymous')


def blocking(greeting):
    name = user.get()
    user.set('changed in thread')
    return f'{greeting}, {name}'


async def main():
    user.set('ada')
    print(await asyncio.to_thread(blocking, 'hello'))
    print(await asyncio.to_thread(blocking, greeting='hi'))
    print(await asyncio.get_running_loop().run_in_executor(None, user.get))
    print(user.get())

asyncio.run(main())
# expect: [    0.000] hello, ada
# expect: [    0.000] hi, ada
# expect: [    0.000] anonymous
# expect: [    0.000] ada
