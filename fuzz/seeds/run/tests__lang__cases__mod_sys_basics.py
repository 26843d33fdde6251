# sys: catching SystemExit, the recursion limit, and sys.maxsize.
import sys

try:
    sys.exit("fatal: missing argument")
except SystemExit as e:
    print("SystemExit code:", e.code)
print(sys.getrecursionlimit(), sys.maxsize == 2 ** 63 - 1, sys.version_info[:2] >= (3, 12))
print(__name__)
