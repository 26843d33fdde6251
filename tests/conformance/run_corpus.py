#!/usr/bin/env python3
"""Runs check.py on a conformance corpus and fails only on cases not listed as known failures.

    run_corpus.py --known FILE -- <check.py arguments...>

Every case must pass, except the ones named (one per line, `#` comments allowed) in the known-
failures file: those are work still open, listed so CI stays a regression gate while the engine
grows. A known failure that now passes is reported so the list can shrink.
"""
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def is_helper(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return any("conformance: helper module" in line for _, line in zip(range(10), f))


def expand_cases(argv):
    """Replaces each folder argument by the case files in it and in every folder below it
    (check.py itself looks only one level deep; lessons live in chapter folders)."""
    out = []
    for a in argv:
        if not os.path.isdir(a):
            out.append(a)
            continue
        for root, dirs, files in sorted(os.walk(a)):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                if name.endswith(".py") and not is_helper(path):
                    out.append(path)
    return out


def inline_expectation(path):
    """For a case CPython cannot judge (no recorded .expected), the `# expect: LINE` and
    `# expect exit: N` comments written in the file; None when it has none."""
    if os.path.exists(os.path.splitext(path)[0] + ".expected"):
        return None
    lines, code = [], None
    for line in open(path, encoding="utf-8"):
        if line.startswith("# expect: "):
            lines.append(line[len("# expect: "):].rstrip("\n"))
        elif line.startswith("# expect exit: "):
            code = int(line.split(":", 1)[1])
    if code is None and not lines:
        return None
    return "".join(l + "\n" for l in lines), code or 0


def check_inline(engine, path, expected):
    want_out, want_code = expected
    proc = subprocess.run(shlex.split(engine) + [path], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    name = os.path.splitext(os.path.basename(path))[0]
    if proc.stdout != want_out:
        got, want = proc.stdout.splitlines(), want_out.splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<missing>"
            w = want[i] if i < len(want) else "<missing>"
            if g != w:
                return f"FAIL {name}: stdout line {i + 1}: expected {w!r} got {g!r}"
    if proc.returncode != want_code:
        return f"FAIL {name}: exit code: expected {want_code} got {proc.returncode}"
    return f"PASS {name}"


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
    argv = expand_cases(argv)
    engine = argv[argv.index("--engine") + 1] if "--engine" in argv else None
    results = []
    for path in [a for a in argv if a.endswith(".py")]:
        expected = inline_expectation(path)
        if expected is not None and engine:
            argv.remove(path)
            results.append(check_inline(engine, path, expected))
    output = ""
    if any(a.endswith(".py") for a in argv):
        proc = subprocess.run([sys.executable, os.path.join(HERE, "kit", "check.py")] + argv,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        output = proc.stdout
    passed, unexpected, still_known, fixed = 0, [], 0, []
    for line in output.splitlines() + results:
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
        print(output)
        return 1
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
