# A triple-quoted string that runs to the end of the file.
print("start")
doc = """never
closed
