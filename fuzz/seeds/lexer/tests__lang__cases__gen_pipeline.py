# Chaining generators into a data pipeline over log lines.
LOG = ["INFO start", "ERROR disk full", "INFO tick", "ERROR timeout", "WARN slow"]

def lines():
    yield from LOG

def errors(source):
    for line in source:
        if line.startswith("ERROR"):
            yield line

def messages(source):
    for line in source:
        yield line.split(" ", 1)[1]

for msg in messages(errors(lines())):
    print(msg)
