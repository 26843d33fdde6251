# An uncaught exception ends the run at once: after the traceback nothing more runs, so no
# __del__ of a global and no warning for a coroutine that was never awaited.
class Noisy:
    def __del__(self):
        print("Noisy.__del__ ran")


async def never():
    pass


keeper = Noisy()
pending = never()
print("about to fail")
raise RuntimeError("stopping here")
