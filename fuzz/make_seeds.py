#!/usr/bin/env python3
"""Refreshes fuzz/seeds/<target>/ from the test cases and lessons (100 files per target, plus the
match-statement cases for the parser, compiler and run targets, and the native-container and
attribute-cache cases for the run target).

    python3 fuzz/make_seeds.py

The lexer and parser seeds favour syntax cases (including rejected programs); the compiler and
run seeds favour runnable programs (lessons, language and asyncio cases). Files bigger than 8 KiB
are skipped: libFuzzer mutates small inputs faster. The selection is deterministic (sorted
paths, every n-th file) so re-running the script gives the same seeds.
"""
import glob
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 100


def collect(patterns):
    files = []
    for pattern in patterns:
        files += sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True))
    return [f for f in files if os.path.getsize(f) <= 8192 and "/build" not in f]


def pick(files, n):
    if len(files) <= n:
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def main():
    syntax = collect(["tests/syntax/**/*.py", "tests/hostile/cases/syntax_*.py"])
    programs = collect(["lessons/**/*.py", "tests/lang/cases/*.py", "tests/aio/cases/*.py",
                        "tests/conformance/kit/cases/*.py"])
    hostile = collect(["tests/hostile/cases/*.py"])
    # Every match-statement case: the front end's largest desugaring, so each target that
    # parses programs starts from all of its pattern kinds (on top of the LIMIT picks).
    match = collect(["tests/lang/cases/control_match.py", "tests/lang/cases/match_*.py"])
    plan = {
        "lexer": pick(syntax, 30) + pick(programs, 70),
        "parser": pick(syntax, 30) + pick(programs, 70),
        "compiler": pick(programs, 100),
        "run": pick(programs, 85) + pick([h for h in hostile if "syntax_" not in h], 15),
    }
    # The native containers (deque, heapq) and the attribute caches' invalidation cases: code
    # that whole-program runs should mutate from the start.
    natives = collect(["tests/lang/cases/mod_collections_deque*.py", "tests/lang/cases/mod_heapq_*.py",
                       "tests/lang/cases/class_*cache*.py", "tests/lang/cases/class_assign_dunder_class.py"])
    extra = {"parser": match, "compiler": match, "run": match + natives}
    for target, files in plan.items():
        out = os.path.join(ROOT, "fuzz", "seeds", target)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        for f in files[:LIMIT] + [m for m in extra.get(target, []) if m not in files[:LIMIT]]:
            rel = os.path.relpath(f, ROOT).replace(os.sep, "__")
            shutil.copyfile(f, os.path.join(out, rel))
        print(f"{target}: {len(os.listdir(out))} seeds")


if __name__ == "__main__":
    main()
