# raise ... from ... sets __cause__; raising inside except sets __context__.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("invalid port setting") from e

for s in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", read_port(s))
    except ConfigError as e:
        print(e, "| cause:", repr(e.__cause__))
try:
    try:
        [][0]
    except IndexError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
