# Using = instead of == in a condition: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
count = 3
if count = 3:
    print("three")
