# int() on a non-number string is an uncaught ValueError.
answers = ["12", "7", "seven"]
for a in answers:
    print(int(a) * 2)
