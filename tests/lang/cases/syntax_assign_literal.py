# Assigning to a literal: cannot assign to literal here.
count = 0
5 = count
