# list(itertools.count()) never ends: MemoryError under the cap.
# flags: --max-memory 64M
import itertools
print("collecting")
everything = list(itertools.count())
