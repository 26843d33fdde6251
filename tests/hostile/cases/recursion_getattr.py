# __getattr__ that looks up a missing attribute on itself recurses: RecursionError.
class Ghost:
    def __getattr__(self, name):
        return self.missing

print("start")
Ghost().anything
