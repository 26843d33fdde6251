# return at module level: SyntaxError: 'return' outside function.
x = 1
return x
