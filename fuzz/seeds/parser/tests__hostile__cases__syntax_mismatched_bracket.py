# A closing ']' that does not match the '(' opened on an earlier line.
result = max(1,
             2]
