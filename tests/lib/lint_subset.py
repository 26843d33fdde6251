# Scans engine/lib/**/*.py for Python features the loopscope VM does not support (CPython-only tool; exits 1 on findings).

import ast
import os
import sys

FORBIDDEN_NAMES = {"exec", "eval", "compile", "vars", "dir", "__import__", "globals", "locals"}
FORBIDDEN_DUNDERS = {"__slots__", "__init_subclass__", "__set_name__", "__class_getitem__",
                     "__get__", "__set__", "__delete__", "__getattr__", "__getattribute__"}
ALLOWED_IMPORTS = {"sys", "time", "math", "_loopscope", "_collections", "_heapq", "_contextvars"}  # the native modules


def lib_modules(libdir):
    names = set()
    for root, _, files in os.walk(libdir):
        for f in files:
            if f.endswith(".py"):
                rel = os.path.relpath(os.path.join(root, f), libdir)[:-3].replace(os.sep, ".")
                if rel.endswith(".__init__"):
                    rel = rel[:-9]
                names.add(rel.split(".")[0])
    return names


def scan(path, allowed):
    problems = []
    tree = ast.parse(open(path).read(), path)
    for node in ast.walk(tree):
        where = f"{path}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)) and node.orelse:
            problems.append(f"{where}: loop with else clause")
        if isinstance(node, ast.ClassDef):
            for kw in node.keywords:
                if kw.arg == "metaclass":
                    continue  # the VM runs metaclasses (enum.EnumType); other class keywords stay out
                problems.append(f"{where}: class keyword argument {kw.arg!r} (metaclass?)")
            for item in node.body:
                targets = []
                if isinstance(item, ast.FunctionDef):
                    targets = [item.name]
                elif isinstance(item, ast.Assign):
                    targets = [t.id for t in item.targets if isinstance(t, ast.Name)]
                for name in targets:
                    if name in FORBIDDEN_DUNDERS:
                        problems.append(f"{where}: class defines {name}")
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            problems.append(f"{where}: uses {node.id}")
        if isinstance(node, ast.Match):
            problems.append(f"{where}: match statement")
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] not in allowed:
                    problems.append(f"{where}: imports {alias.name}")
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            if (node.module or "").split(".")[0] not in allowed:
                problems.append(f"{where}: imports from {node.module}")
    return problems


def main():
    libdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "engine", "lib")
    libdir = os.path.normpath(libdir)
    allowed = ALLOWED_IMPORTS | lib_modules(libdir)
    problems = []
    for root, _, files in os.walk(libdir):
        for f in sorted(files):
            if f.endswith(".py"):
                problems += scan(os.path.join(root, f), allowed)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
