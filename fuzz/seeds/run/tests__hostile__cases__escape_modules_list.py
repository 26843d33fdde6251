# Each system module is refused with the same message; the loop catches them all (exit 0).
for name in ["os", "subprocess", "socket", "ctypes", "importlib", "shutil", "pathlib", "io",
             "signal", "multiprocessing", "threading", "pty", "posix", "_io", "builtins2", "sys2"]:
    try:
        mod = None
        if name == "os":
            import os as mod
        elif name == "subprocess":
            import subprocess as mod
        elif name == "socket":
            import socket as mod
        elif name == "ctypes":
            import ctypes as mod
        elif name == "importlib":
            import importlib as mod
        elif name == "shutil":
            import shutil as mod
        elif name == "pathlib":
            import pathlib as mod
        elif name == "io":
            import io as mod
        elif name == "signal":
            import signal as mod
        elif name == "multiprocessing":
            import multiprocessing as mod
        elif name == "threading":
            import threading as mod
        elif name == "pty":
            import pty as mod
        elif name == "posix":
            import posix as mod
        elif name == "_io":
            import _io as mod
        print(name, "imported?!", mod)
    except ImportError as e:
        print(e)
