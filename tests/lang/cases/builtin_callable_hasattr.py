# callable, hasattr, getattr with default and setattr on a plugin object.
class Plugin:
    name = "exporter"
    def run(self):
        return "exported"

p = Plugin()
for attr in ["name", "run", "missing"]:
    value = getattr(p, attr, None)
    print(attr, hasattr(p, attr), callable(value))
setattr(p, "name", "importer")
print(p.name, Plugin.name, getattr(p, "run")())
