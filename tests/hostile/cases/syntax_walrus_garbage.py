# Garbage operators and keywords where an expression is expected.
x = 1 +* 2
