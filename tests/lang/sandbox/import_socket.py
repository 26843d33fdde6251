# Lesson code cannot reach the operating system: importing socket fails with ModuleNotFoundError.
print("loading lesson helpers")
import socket
print("never printed")
