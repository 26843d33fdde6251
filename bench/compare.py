#!/usr/bin/env python3
"""Whole-program timings of loopscope against CPython 3.12 on the same machine, side by side.

Each benchmark program runs alternately under both (so machine noise hits both alike), several
times; the report gives the median wall time of each and the ratio loopscope / CPython
(below 1.0 means loopscope is faster). Outputs must agree, or the row says so.

    python3 bench/compare.py [--loopscope build/loopscope] [--runs 5] [bench/programs/*.py]

asyncio programs run under the conformance oracle (CPython 3.12 with the same virtual clock,
C-accelerated asyncio), plain programs under python3.12 directly.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORACLE = os.path.join(ROOT, "tests", "conformance", "kit", "oracle.py")
# The interpreter itself, not the pyenv shim (whose start-up would be timed too).
PY312 = os.path.expanduser("~/.pyenv/versions/3.12.1/bin/python3")
if not os.path.exists(PY312):
    PY312 = "python3.12"


def timed(cmd, env):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    return time.perf_counter() - start, proc.returncode, proc.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--loopscope", default=os.path.join(ROOT, "build", "loopscope"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    programs = args.programs or sorted(glob.glob(os.path.join(HERE, "programs", "*.py")))
    env = dict(os.environ, PYENV_VERSION="3.12.1", PYTHONHASHSEED="0")
    print(f"{'program':28} {'loopscope s':>12} {'cpython s':>10} {'ratio':>7}  note")
    for prog in programs:
        uses_asyncio = "asyncio" in open(prog, encoding="utf-8").read()
        ref = [PY312, ORACLE, prog] if uses_asyncio else [PY312, prog]
        ours = [args.loopscope, "run", prog]
        t_ours, t_ref = [], []
        note = ""
        for _ in range(args.runs):
            t, rc, out_ours = timed(ours, env)
            t_ours.append(t)
            t, rc_ref, out_ref = timed(ref, env)
            t_ref.append(t)
            if rc != rc_ref or out_ours != out_ref:
                note = f"OUTPUT DIFFERS (exit {rc} vs {rc_ref})"
        a, b = statistics.median(t_ours), statistics.median(t_ref)
        print(f"{os.path.basename(prog):28} {a:12.3f} {b:10.3f} {a / b:7.2f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
