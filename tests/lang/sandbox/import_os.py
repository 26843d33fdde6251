# Lesson code cannot reach the operating system: importing os fails with ModuleNotFoundError.
print("loading lesson helpers")
import os
print("never printed")
