# traceback: print and format exceptions as the interpreter shows them (print_exc, format_exc,
# print_exception, format_exception, format_exception_only). The text itself comes from
# loopscope's own traceback printer (_loopscope.format_exception), so it is the same as for an
# uncaught exception.

import sys
import _loopscope

__all__ = ['print_exc', 'format_exc', 'print_exception', 'format_exception',
           'format_exception_only', 'print_last']

_sentinel = object()


# 3.12 accepts print_exception(exc) as well as the older (type, value, tb).
def _exception_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if value is None and exc is not None and not isinstance(exc, BaseException):
        return None
    return exc


# Splits the printed text into CPython's pieces: the header, one "  File ...\n    source\n"
# string per frame, the chaining message with its blank lines ("\nThe above exception was
# ...:\n\n"), and the remaining lines one by one.
_CHAIN_MESSAGES = ('The above exception was the direct cause of the following exception:\n',
                   'During handling of the above exception, another exception occurred:\n')


def _pieces(text):
    out = []
    join_next = False
    for line in text.splitlines(True):
        if join_next:
            out[-1] += line
            join_next = False
        elif line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        elif line in _CHAIN_MESSAGES and out and out[-1] == '\n':
            out[-1] += line
            join_next = True
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the traceback of `exc`, each ending with a newline."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _pieces(_loopscope.format_exception(exc))


def format_exception_only(exc, /, value=_sentinel):
    """The last line of a traceback: 'ValueError: bad\\n'."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return [_loopscope.format_exception_only(exc) + '\n']


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Write the traceback of `exc` to `file` (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end='')


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Write the traceback of the exception being handled to `file` (default sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_exc'):
        raise ValueError('no last exception')
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
