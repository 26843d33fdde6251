# Dedenting to a column that matches no outer block: unindent does not match any outer indentation level.
def check(x):
    if x:
        return 1
      return 0
