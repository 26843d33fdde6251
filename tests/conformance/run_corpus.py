#!/usr/bin/env python3
"""Runs check.py on a conformance corpus and fails only on cases not listed as known failures.

    run_corpus.py --known FILE -- <check.py arguments...>

Every case must pass, except the ones named (one per line, `#` comments allowed) in the known-
failures file: those are work still open, listed so CI stays a regression gate while the engine
grows. A known failure that now passes is reported so the list can shrink.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def expand_dirs(argv):
    """A folder argument stands for itself and every folder below it that holds .py files
    (check.py itself looks only one level deep; lessons live in chapter folders)."""
    out = []
    for a in argv:
        out.append(a)
        if os.path.isdir(a):
            for root, dirs, files in sorted(os.walk(a)):
                dirs.sort()
                if root != a and any(f.endswith(".py") for f in files):
                    out.append(root)
    return out


def main():
    argv = sys.argv[1:]
    known_path = None
    if argv[:1] == ["--known"]:
        known_path, argv = argv[1], argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    known = set()
    if known_path and os.path.exists(known_path):
        for line in open(known_path, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    proc = subprocess.run([sys.executable, os.path.join(HERE, "kit", "check.py")] + expand_dirs(argv),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    passed, unexpected, still_known, fixed = 0, [], 0, []
    for line in proc.stdout.splitlines():
        m = re.match(r"(PASS|FAIL) (\S+?)(:|$)", line)
        if not m:
            continue
        name = m.group(2)
        if m.group(1) == "PASS":
            passed += 1
            if name in known:
                fixed.append(name)
        elif name in known:
            still_known += 1
        else:
            unexpected.append(line)
    for line in unexpected:
        print(line)
    for name in fixed:
        print(f"now passing (remove it from {os.path.basename(known_path)}): {name}")
    print(f"{passed} passed, {len(unexpected)} failed, {still_known} known failures")
    if passed == 0 and not unexpected and not still_known:
        print(proc.stdout)
        return 1
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
