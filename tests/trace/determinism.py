#!/usr/bin/env python3
"""Same program, same event log: `loopscope trace` is byte-identical run after run, and in a
Release build and a sanitizer build alike.

Records every conformance-kit case and every lesson twice with --json and --chrome-trace and
compares the files byte for byte. When the sibling build exists (build/ <-> build-asan/, next to
the build that runs this test), its loopscope records them too and must give the same bytes.

usage: determinism.py --loopscope BUILD/loopscope --source SRC [--other OTHER/loopscope]
                      [--known FILE] [--jobs N]
"""
import argparse
import concurrent.futures
import os
import pathlib
import subprocess
import sys
import tempfile


def programs(source):
    files = sorted((source / "tests/conformance/kit/cases").glob("*.py"))
    files += sorted((source / "lessons").rglob("*.py"))
    return files


def record(loopscope, program, out_dir, tag):
    """Runs `loopscope trace`; returns (json bytes, chrome bytes, exit code)."""
    stem = f"{program.parent.name}__{program.stem}.{tag}"
    js, ct = out_dir / (stem + ".jsonl"), out_dir / (stem + ".json")
    # A sanitizer build: the interpreter leaves a run's objects alive at exit on purpose.
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    proc = subprocess.run([str(loopscope), "trace", "--json", str(js), "--chrome-trace", str(ct), str(program)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=600, env=env)
    data = (js.read_bytes() if js.exists() else b"", ct.read_bytes() if ct.exists() else b"", proc.returncode)
    for f in (js, ct):
        if f.exists():
            f.unlink()
    return data


def first_difference(a, b):
    for n, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f"line {n}:\n    {x[:200]!r}\n    {y[:200]!r}"
    return f"lengths {len(a)} vs {len(b)}"


def sibling_build(loopscope):
    build = pathlib.Path(loopscope).resolve().parent
    other = build.parent / ("build" if build.name == "build-asan" else "build-asan")
    return other / "loopscope"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--loopscope", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--other", help="a second build's loopscope (default: the build/ <-> build-asan/ sibling)")
    ap.add_argument("--known", help="programs known to be nondeterministic (one relative path a line, # comments)")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    source = pathlib.Path(args.source).resolve()
    known = set()
    if args.known and os.path.exists(args.known):
        for line in open(args.known):
            line = line.split("#")[0].strip()
            if line:
                known.add(line)
    other = pathlib.Path(args.other) if args.other else sibling_build(args.loopscope)
    if other.resolve() == pathlib.Path(args.loopscope).resolve() or not other.exists():
        print(f"note: no second build at {other}: Release vs sanitizer comparison skipped")
        other = None
    else:
        print(f"comparing with the second build {other}")
    files = programs(source)
    failures, known_seen = [], []
    with tempfile.TemporaryDirectory(prefix="ls-determinism-") as tmp:
        tmp = pathlib.Path(tmp)

        def check(program):
            rel = str(program.relative_to(source))
            a = record(args.loopscope, program, tmp, "a")
            b = record(args.loopscope, program, tmp, "b")
            problems = []
            if not a[0]:
                problems.append("no JSON written")
            for what, x, y in (("JSON", a[0], b[0]), ("Chrome trace", a[1], b[1])):
                if x != y:
                    problems.append(f"{what} differs between two runs of the same build: {first_difference(x, y)}")
            if a[2] != b[2]:
                problems.append(f"exit codes {a[2]} vs {b[2]}")
            if other is not None:
                c = record(other, program, tmp, "c")
                for what, x, y in (("JSON", a[0], c[0]), ("Chrome trace", a[1], c[1])):
                    if x != y:
                        problems.append(f"{what} differs between the two builds: {first_difference(x, y)}")
            return rel, problems

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for rel, problems in pool.map(check, files):
                if not problems:
                    if rel in known:
                        print(f"note: {rel} is deterministic now: remove it from the known list")
                    continue
                if rel in known:
                    known_seen.append(rel)
                    continue
                failures.append(rel)
                print(f"FAIL {rel}")
                for p in problems:
                    print("  " + p)
    print(f"{len(files)} programs, {len(failures)} nondeterministic, {len(known_seen)} known")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
