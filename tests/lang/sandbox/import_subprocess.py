# Lesson code cannot reach the operating system: importing subprocess fails with ModuleNotFoundError.
print("loading lesson helpers")
import subprocess
print("never printed")
