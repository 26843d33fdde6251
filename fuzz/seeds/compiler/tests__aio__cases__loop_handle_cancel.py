# Handle.cancel() / TimerHandle.cancel(): a cancelled callback never runs;
# when() reports a timer's deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    soon = loop.call_soon(print, 'call_soon ran')
    soon.cancel()
    reminder = loop.call_later(2, print, 'reminder (never shown)')
    alarm = loop.call_later(1, print, 'alarm rang')
    print('reminder due at', reminder.when(), 'cancelled?', reminder.cancelled())
    reminder.cancel()
    print('reminder cancelled?', reminder.cancelled(), 'soon cancelled?', soon.cancelled())
    await asyncio.sleep(3)
    print('alarm cancelled?', alarm.cancelled())

asyncio.run(main())
