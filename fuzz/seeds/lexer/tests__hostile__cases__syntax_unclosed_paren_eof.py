# An unclosed '(' at the end of the file names the line it opened on.
print("never runs")
total = sum((
    1,
    2,
