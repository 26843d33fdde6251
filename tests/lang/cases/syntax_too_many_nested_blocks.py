# A 21st nested block in one function is a SyntaxError: here the except handler of a try inside 19 loops.
def f():
 for a0 in [1]:
  for a1 in [1]:
   for a2 in [1]:
    for a3 in [1]:
     for a4 in [1]:
      for a5 in [1]:
       for a6 in [1]:
        for a7 in [1]:
         for a8 in [1]:
          for a9 in [1]:
           for a10 in [1]:
            for a11 in [1]:
             for a12 in [1]:
              for a13 in [1]:
               for a14 in [1]:
                for a15 in [1]:
                 for a16 in [1]:
                  for a17 in [1]:
                   for a18 in [1]:
                    try:
                     pass
                    except ValueError:
                     pass
print('never printed')
