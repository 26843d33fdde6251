# A closing parenthesis with no opener: unmatched ')'.
total = (1 + 2))
