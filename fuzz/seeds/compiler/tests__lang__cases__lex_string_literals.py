# String literal forms: single/double quotes, escapes, raw strings, bytes-like escapes.
greeting = 'it\'s fine'
quote = "she said \"hi\""
path = r'C:\new\table'
tab = 'a\tb'
print(greeting)
print(quote)
print(path, len(path))
print(repr(tab), len(tab))
print('\x41\u00e9\N{BULLET}', '\101')
print(repr('line\nbreak'), repr("mixed 'quotes'"), repr('both \' and "'))
