# from importlib import import_module fails the same way.
from importlib import import_module
