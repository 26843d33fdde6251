# Loggers in a dotted hierarchy: levels (numbers or names), the last-resort handler, handlers
# with their own formatters, propagate, logger.exception() with its traceback, basicConfig(force=).
import logging
import sys


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

log = logging.getLogger('app')
log.warning('no handlers yet: %s', 'last resort')
log.info('not shown')
logging.warning('root warning %d', 1)
logging.info('filtered out')
print(logging.getLogger() is logging.root, logging.root.handlers[0].formatter._fmt)
logging.getLogger().setLevel(logging.DEBUG)
logging.debug('now shown')
log.error('app error')
child = logging.getLogger('app.db')
child.setLevel('ERROR')
child.warning('hidden')
child.critical('crit %s %s', 'a', 'b')
print(child.getEffectiveLevel(), log.getEffectiveLevel(), child.parent is log, log.parent is logging.root)
print(repr(log), repr(child), repr(logging.root))
print(logging.getLevelName(20), logging.getLevelName('INFO'), logging.getLevelName(15))
h = logging.StreamHandler(stdout)
h.setFormatter(logging.Formatter('%(name)s | %(levelname)-8s | %(message)s'))
log.addHandler(h)
log.warning('to stdout and stderr')
log.propagate = False
log.warning('only stdout')
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    log.exception('it failed: %s', 'division')
log.info('x=%(x)s', {'x': 5})
log.log(logging.ERROR, 'via log()')
log.setLevel(logging.ERROR)
log.warning('dropped')
print(log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.CRITICAL))
h.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
log.error('brace style')
logging.basicConfig(level=logging.INFO, format='%(message)s', stream=sys.stdout, force=True)
logging.info('after force')
logging.getLogger('other').info('other info')
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
try:
    log.setLevel('LOUD')
except ValueError as e:
    print(e)
