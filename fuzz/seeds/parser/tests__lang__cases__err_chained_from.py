# An uncaught exception raised with `from` shows both; the last stderr line is the new one.
class ConfigError(Exception):
    pass

def load(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e

print("loading")
load({})
