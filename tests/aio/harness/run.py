#!/usr/bin/env python3
# Runs a program on CPython 3.12 with loopscope's own asyncio (engine/aio) and the
# pure-Python _loopscope shim, with the same command line and output formats as
# `loopscope run` and the conformance oracle:
#   run.py [--timestamps] [--steps FILE] [--max-time S] PROG.py [args...]

import os
import sys



def _python312():
    """This interpreter if it is CPython 3.12, else a 3.12 found via $LOOPSCOPE_ORACLE_PYTHON
    or pyenv (a 3.11 parent process can put its own bin/ first on PATH, so
    `PYENV_VERSION=3.12.1 python3` alone is not reliable)."""
    if sys.version_info[:2] == (3, 12):
        return sys.executable
    import glob
    candidates = [os.environ.get('LOOPSCOPE_ORACLE_PYTHON', '')]
    root = os.environ.get('PYENV_ROOT', os.path.expanduser('~/.pyenv'))
    candidates += sorted(glob.glob(os.path.join(root, 'versions', '3.12*', 'bin', 'python3')))
    for c in candidates:
        if c and os.path.isfile(c):
            return c
    sys.stderr.write('run.py: CPython 3.12 is required\n')
    sys.exit(2)


_exe = _python312()
if os.environ.get('PYTHONHASHSEED') != '0' or _exe != sys.executable:
    env = dict(os.environ, PYTHONHASHSEED='0')
    env.pop('PYTHONASYNCIODEBUG', None)
    env.pop('PYTHONDEVMODE', None)
    os.execve(_exe, [_exe] + sys.argv, env)

import argparse
import importlib.util
import io
import runpy
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
AIO_DIR = os.path.realpath(os.path.join(HERE, '..', '..', '..', 'engine', 'aio'))
sys.path.insert(0, HERE)
import loopscope_shim  # noqa: E402


class TimestampedStdout(io.TextIOBase):
    """Prefixes each line with "[%9.3f] " (virtual time of the line's first character)."""

    def __init__(self, raw):
        super().__init__()
        self._raw = raw
        self._at_line_start = True

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        out = []
        pos, n = 0, len(s)
        while pos < n:
            if self._at_line_start:
                out.append('[%9.3f] ' % loopscope_shim._current_time())
                self._at_line_start = False
            nl = s.find('\n', pos)
            if nl < 0:
                out.append(s[pos:])
                break
            out.append(s[pos:nl + 1])
            pos = nl + 1
            self._at_line_start = True
        if out:
            self._raw.write(''.join(out))
        return n

    def flush(self):
        self._raw.flush()

    def writable(self):
        return True


def load_our_asyncio():
    """Import engine/aio as the package `asyncio` (the real one must not be loaded)."""
    if 'asyncio' in sys.modules:
        raise RuntimeError('the real asyncio was imported too early')
    spec = importlib.util.spec_from_file_location(
        'asyncio', os.path.join(AIO_DIR, '__init__.py'), submodule_search_locations=[AIO_DIR])
    mod = importlib.util.module_from_spec(spec)
    sys.modules['asyncio'] = mod
    spec.loader.exec_module(mod)
    return mod


def print_uncaught(exc):
    tb = exc.__traceback__
    skip = {os.path.abspath(__file__), os.path.abspath(runpy.__file__), '<frozen runpy>'}
    while tb is not None and (tb.tb_frame.f_code.co_filename in skip or
                              os.path.abspath(tb.tb_frame.f_code.co_filename) in skip):
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb, file=sys.stderr)


def flush_all():
    for f in [sys.stdout, sys.stderr] + loopscope_shim.STATE.flush_on_exit:
        try:
            f.flush()
        except Exception:
            pass


def main():
    p = argparse.ArgumentParser(prog='run.py')
    p.add_argument('--timestamps', action='store_true')
    p.add_argument('--steps', metavar='FILE')
    p.add_argument('--max-time', type=float, default=3600.0)
    p.add_argument('program')
    p.add_argument('args', nargs=argparse.REMAINDER)
    opts = p.parse_args()
    program = os.path.abspath(opts.program)
    if not os.path.isfile(program):
        sys.stderr.write('run.py: no such file: %s\n' % opts.program)
        return 2
    state = loopscope_shim.STATE
    state.max_time = opts.max_time
    if opts.steps:
        state.steps_out = open(opts.steps, 'w', encoding='utf-8')
        state.flush_on_exit.append(state.steps_out)
    sys.modules['_loopscope'] = loopscope_shim.make_module()
    load_our_asyncio()
    loopscope_shim.patch_time_module()
    if opts.timestamps:
        sys.stdout = TimestampedStdout(sys.stdout)
    sys.dont_write_bytecode = True
    sys.argv = [opts.program] + list(opts.args)
    sys.path[0] = os.path.dirname(program)
    try:
        runpy.run_path(program, run_name='__main__')
    except SystemExit as e:
        code = e.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            sys.stderr.write('%s\n' % (code,))
            code = 1
        flush_all()
        return code
    except BaseException as e:
        flush_all()
        print_uncaught(e)
        flush_all()
        os._exit(1)
    flush_all()
    return 0


if __name__ == '__main__':
    sys.exit(main())
