#!/usr/bin/env python3
# Runs the `# expect:` programs in tests/aio/harness/model (behaviour CPython cannot judge,
# such as the worker-thread model) with run.py --timestamps and compares stdout.
# Usage: check_expect.py [--engine CMD] [FILES...]; default engine is the CPython harness.

import glob
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    engine = 'python3 %s --timestamps' % os.path.join(HERE, 'run.py')
    if len(argv) >= 2 and argv[0] == '--engine':
        engine = argv[1]
        argv = argv[2:]
    files = argv or sorted(glob.glob(os.path.join(HERE, 'model', '*.py')))
    failed = 0
    for path in files:
        with open(path, encoding='utf-8') as f:
            expected = [line.split('# expect: ', 1)[1].rstrip('\n')
                        for line in f if line.startswith('# expect: ')]
        p = subprocess.run(shlex.split(engine) + [path], capture_output=True, text=True)
        got = p.stdout.splitlines()
        name = os.path.basename(path)
        if got != expected or p.returncode != 0:
            failed += 1
            print('FAIL %s (exit %d)' % (name, p.returncode))
            for i in range(max(len(got), len(expected))):
                e = expected[i] if i < len(expected) else '<none>'
                g = got[i] if i < len(got) else '<none>'
                if e != g:
                    print('  line %d: expected %r got %r' % (i + 1, e, g))
                    break
            if p.stderr:
                print('  stderr: ' + p.stderr.strip().splitlines()[-1])
        else:
            print('PASS %s' % name)
    print('%d passed, %d failed' % (len(files) - failed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
