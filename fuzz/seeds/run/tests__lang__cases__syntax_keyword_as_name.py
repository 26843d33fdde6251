# Using a keyword as a variable name is invalid syntax.
class = "3B"
