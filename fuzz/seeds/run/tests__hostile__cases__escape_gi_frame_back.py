# Walking f_back from a running generator's frame stays inside the program.
import sys

def gen():
    yield sys._getframe().f_back

print("start")
for f in gen():
    print(type(f).__name__)
