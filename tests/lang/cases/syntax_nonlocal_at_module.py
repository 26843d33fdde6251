# nonlocal at module level: SyntaxError: nonlocal declaration not allowed at module level.
nonlocal total
total = 0
