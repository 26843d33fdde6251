# Case methods: upper/lower/title/capitalize/swapcase and the is* predicates.
name = "ada lovelace's notes"
print(name.upper(), name.title(), name.capitalize(), sep="\n")
print("MiXeD".swapcase(), "MiXeD".lower(), "ß".upper())
print("123".isdigit(), "abc".isalpha(), "abc1".isalnum(), "   ".isspace())
print("Hello".istitle(), "HELLO".isupper(), "hello".islower(), "".isdigit())
