# sys.exit(3) ends the program with exit code 3; finally blocks still run.
import sys

print("validating config")
try:
    sys.exit(3)
finally:
    print("cleanup before exit")
print("never printed")
