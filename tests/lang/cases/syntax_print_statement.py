# Python 2 print statement: Missing parentheses in call to 'print'.
name = "world"
print "hello", name
