# yield at module level: SyntaxError: 'yield' outside function.
yield 5
