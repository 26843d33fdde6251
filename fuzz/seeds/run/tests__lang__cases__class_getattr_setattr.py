# getattr/setattr/hasattr/delattr with defaults, and vars() of an instance.
class Config:
    def __init__(self):
        self.debug = False

cfg = Config()
for key, value in [("debug", True), ("level", 3)]:
    setattr(cfg, key, value)
print(getattr(cfg, "debug"), getattr(cfg, "missing", "default"), hasattr(cfg, "level"))
delattr(cfg, "level")
print(vars(cfg), hasattr(cfg, "level"))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
