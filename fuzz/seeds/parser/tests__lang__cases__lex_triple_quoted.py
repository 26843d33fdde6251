# Triple-quoted strings keep newlines and indentation; a backslash joins lines.
menu = """Coffee
  Tea
Juice"""
print(menu)
print(len(menu.splitlines()))
note = '''one \
line'''
print(note)
print(repr("""a
b"""))
