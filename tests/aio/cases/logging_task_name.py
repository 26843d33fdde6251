# Logging inside asyncio tasks: %(taskName)s is the running task's name (None outside).
import asyncio, logging
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s %(taskName)s: %(message)s')
async def worker(n):
    logging.getLogger('worker').info('job %d', n)
    await asyncio.sleep(0.1)
    logging.getLogger('worker').warning('done %d', n)
async def main():
    await asyncio.gather(worker(1), worker(2))
asyncio.run(main())
logging.info('outside')
