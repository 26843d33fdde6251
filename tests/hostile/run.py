#!/usr/bin/env python3
"""Runs the hostile-lesson suite: every case must end quickly, cleanly and as expected.

    run.py --loopscope BIN [--timeout S] [--mem-limit BYTES] [--jobs N] [--known FILE] [CASE...]

Cases are tests/hostile/cases/*.py (committed) plus the big or binary ones that generate.py
writes into a temporary folder at test time. For each case CASE.py:

  * CASE.expected        stdout of `loopscope run --timestamps CASE.py` (exact);
  * CASE.expected-exit   the exit code, then (when not 0) the last stderr line; a last line
                         starting with "re:" is a regular expression (fullmatch), "{path}"
                         stands for the case's absolute path;
  * flags                `# flags: ...` in the first lines of the case (or CASE.flags) are
                         passed to `loopscope run` before the file.

Besides the expectations every case must: finish within the wall-clock timeout, exit with a
code below 128 (never a signal), print nothing about sanitizers, segmentation faults or core
dumps, and stay under the address-space limit (RLIMIT_AS, like `ulimit -v`; skipped for
AddressSanitizer builds, which reserve terabytes of shadow memory, where the peak resident
size is checked instead). Known failures (one case name per line in --known) are reported but
do not fail the run; a known failure that passes is pointed out so the list can shrink.
"""
import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BAD_STDERR = ("Sanitizer", "Segmentation", "core dumped", "runtime error:", "Aborted", "terminate called")


def case_flags(path):
    flags_file = os.path.splitext(path)[0] + ".flags"
    if os.path.exists(flags_file):
        return open(flags_file).read().split()
    with open(path, "rb") as f:
        head = f.read(4096).decode("utf-8", "replace").splitlines()[:5]
    for line in head:
        if line.startswith("# flags:"):
            return line[len("# flags:"):].split()
    return []


def is_asan_binary(binary):
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


def run_case(binary, path, timeout, mem_limit, asan):
    """Runs one case; returns (name, failure message or None, seconds, peak RSS in MiB)."""
    name = os.path.splitext(os.path.basename(path))[0]
    base = os.path.splitext(path)[0]
    abspath = os.path.abspath(path)
    want_out = open(base + ".expected", encoding="utf-8").read() if os.path.exists(base + ".expected") else None
    exit_lines = open(base + ".expected-exit", encoding="utf-8").read().splitlines()
    want_code = int(exit_lines[0])
    want_last = exit_lines[1] if len(exit_lines) > 1 else None

    def limit():
        if not asan and mem_limit:
            resource.setrlimit(resource.RLIMIT_AS, (mem_limit, mem_limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    cmd = [binary, "run", "--timestamps"] + case_flags(path) + [abspath]
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=0")
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, stdin=subprocess.DEVNULL,
                                preexec_fn=limit, env=env, cwd=os.path.dirname(abspath))
        timed_out = False
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        out = out_f.read().decode("utf-8", "replace")
        err = err_f.read().decode("utf-8", "replace")
    rss_mib = usage.ru_maxrss / 1024
    code = proc.returncode

    def fail(msg):
        return name, msg, seconds, rss_mib

    if timed_out:
        return fail(f"did not finish within {timeout:g} s")
    if code < 0 or code >= 128:
        tail = err.strip().splitlines()[-1:] or ["(no stderr)"]
        return fail(f"killed by signal / exit {code}: {tail[0][:200]}")
    for bad in BAD_STDERR:
        if bad in err:
            line = next(l for l in err.splitlines() if bad in l)
            return fail(f"stderr mentions {bad!r}: {line[:200]}")
    if asan and rss_mib > mem_limit / 2**20:
        return fail(f"peak resident memory {rss_mib:.0f} MiB is over the limit")
    if want_out is not None and out != want_out:
        got, want = out.splitlines(), want_out.splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else "<missing>"
            w = want[i] if i < len(want) else "<missing>"
            if g != w:
                return fail(f"stdout line {i + 1}: expected {w[:200]!r} got {g[:200]!r}")
    last = (err.rstrip("\n").splitlines() or [""])[-1]
    if code != want_code:
        return fail(f"exit code: expected {want_code} got {code} (last stderr line: {last[:200]!r})")
    if want_last is not None:
        want_last = want_last.replace("{path}", abspath)
        ok = re.fullmatch(want_last[3:], last) if want_last.startswith("re:") else last == want_last
        if not ok:
            return fail(f"last stderr line: expected {want_last[:200]!r} got {last[:200]!r}")
    return name, None, seconds, rss_mib


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loopscope", required=True, help="the loopscope executable")
    ap.add_argument("--timeout", type=float, default=20.0, help="wall-clock seconds per case")
    ap.add_argument("--mem-limit", type=float, default=4.0, help="address-space limit in GiB")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--known", help="file listing known failures")
    ap.add_argument("--keep", help="write generated cases here instead of a temporary folder")
    ap.add_argument("cases", nargs="*", help="case files or names (default: all)")
    args = ap.parse_args()

    binary = os.path.abspath(args.loopscope)
    asan = is_asan_binary(binary)
    mem_limit = int(args.mem_limit * 2**30)
    gen_dir = args.keep or tempfile.mkdtemp(prefix="loopscope-hostile-")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), gen_dir], check=True,
                   stdout=subprocess.DEVNULL)
    paths = []
    for folder in (os.path.join(HERE, "cases"), gen_dir):
        paths += [os.path.join(folder, n) for n in sorted(os.listdir(folder)) if n.endswith(".py")]
    if args.cases:
        wanted = {os.path.splitext(os.path.basename(c))[0] for c in args.cases}
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in wanted]
    known = set()
    if args.known and os.path.exists(args.known):
        for line in open(args.known):
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)

    failures, surprises = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = pool.map(lambda p: run_case(binary, p, args.timeout, mem_limit, asan), paths)
        for name, problem, seconds, rss in results:
            stats = f"({seconds:.2f} s, {rss:.0f} MiB)"
            if problem is None:
                print(f"PASS {name} {stats}" + ("  [listed as known failure: remove it]" if name in known else ""))
                if name in known:
                    surprises.append(name)
            elif name in known:
                print(f"KNOWN {name}: {problem} {stats}")
            else:
                print(f"FAIL {name}: {problem} {stats}")
                failures.append(name)
            sys.stdout.flush()
    if not args.keep:
        shutil.rmtree(gen_dir, ignore_errors=True)
    print(f"{len(paths)} cases, {len(failures)} failed, {len(known & {os.path.splitext(os.path.basename(p))[0] for p in paths}) - len(surprises)} known failures"
          + (" (asan: RSS checked instead of RLIMIT_AS)" if asan else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
