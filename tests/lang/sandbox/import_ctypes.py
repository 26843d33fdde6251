# Lesson code cannot reach the operating system: importing ctypes fails with ModuleNotFoundError.
print("loading lesson helpers")
import ctypes
print("never printed")
