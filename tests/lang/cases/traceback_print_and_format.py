# traceback.print_exc/format_exc for the exception being handled, and 3.12's
# print_exception(exc)/format_exception(exc) forms beside the (type, value, tb) ones.
import sys
import traceback


class Stdout:
    """sys.stdout with the folders left out of traceback file names (they differ per run)."""

    def write(self, text):
        out = []
        for line in text.splitlines(True):
            head, sep, rest = line.partition('File "')
            if sep:
                line = head + sep + rest[rest.rfind('/', 0, rest.index('"')) + 1:]
            out.append(line)
        sys.stdout.write(''.join(out))

    def flush(self):
        pass


stdout = Stdout()


def parse(text):
    if not text.isdigit():
        raise ValueError(f'not a number: {text!r}')
    return int(text)


def load(items):
    return [
        parse(x)
        for x in items
    ]


try:
    load(['1', 'x'])
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[0], len(text.splitlines()))
    stdout.write(text)
    print(text.splitlines()[-1])
    traceback.print_exc(file=stdout)

try:
    try:
        raise KeyError('k')
    except KeyError as exc:
        raise RuntimeError('lookup failed') from exc
except RuntimeError as err:
    lines = traceback.format_exception(err)
    print(len(lines))
    stdout.write(''.join(lines))
    traceback.print_exception(err, file=stdout)
    traceback.print_exception(type(err), err, err.__traceback__, file=stdout)
    print(traceback.format_exception_only(err))
    print(traceback.format_exception_only(type(err), err))

try:
    raise ValueError
except ValueError as e:
    print([line.count('\n') for line in traceback.format_exception(e)])
print(repr(traceback.format_exc()))
traceback.print_exc(file=stdout)
