# A property that computes once and caches the result on the instance.
class Report:
    def __init__(self, rows):
        self.rows = rows
        self._total = None

    @property
    def total(self):
        if self._total is None:
            print("computing total")
            self._total = sum(self.rows)
        return self._total

r = Report([4, 5, 6])
print(r.total)
print(r.total)
print(type(Report.total).__name__)
