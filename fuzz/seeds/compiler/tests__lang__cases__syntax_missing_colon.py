# A missing colon after an if condition is a SyntaxError: expected ':'.
temperature = 30
if temperature > 25
    print("hot")
