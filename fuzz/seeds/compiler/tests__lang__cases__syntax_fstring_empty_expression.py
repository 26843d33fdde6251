# An empty expression inside an f-string: f-string: valid expression required before '}'.
name = "ann"
print(f"hello {}")
