# importlib is not provided.
print("importing")
import importlib
importlib.import_module("os")
