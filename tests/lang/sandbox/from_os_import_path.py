# A from-import of a blocked module fails the same way as a plain import.
print("start")
from os import path
print(path)
