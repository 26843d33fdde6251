# A triple-quoted string that never ends: unterminated triple-quoted string literal.
doc = """Lesson notes
print(doc)
