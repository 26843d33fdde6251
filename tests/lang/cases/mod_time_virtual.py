# time.sleep blocks and advances the clock; monotonic/perf_counter measure elapsed time.
import time

start = time.monotonic()
t0 = time.perf_counter()
print("downloading...")
time.sleep(1.5)
print("downloaded")
time.sleep(0.25)
print(f"elapsed {time.monotonic() - start:.2f}s, perf {time.perf_counter() - t0:.2f}s")
print(time.time() - time.monotonic())
