# Lesson code cannot reach the operating system: importing threading fails with ModuleNotFoundError.
print("loading lesson helpers")
import threading
print("never printed")
