# time.sleep in a loop only moves the virtual clock; the time limit ends it (exit 4).
import time
print("sleeping forever")
while True:
    time.sleep(60)
