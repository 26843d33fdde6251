# Putting a fake module in sys.modules only gives back the fake: nothing from the host.
import sys

class Fake:
    def system(self, cmd):
        return "fake " + cmd

sys.modules["os"] = Fake()
import os
print(os.system("ls"))
del sys.modules["os"]
import os
