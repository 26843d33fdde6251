# Dividing by zero ends the program with ZeroDivisionError.
scores = []
print("averaging")
average = sum(scores) / len(scores)
print(average)
