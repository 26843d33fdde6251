# sys has no environment, no real argv beyond the program, no exit hooks into the host.
import sys
print(sys.argv[1:])
print(hasattr(sys, "environ"))
print(sys.stdin)
