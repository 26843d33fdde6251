# len counts code points, not bytes; ord and chr convert between characters and numbers.
cafe = "café"
snowman = "☃ snow"
print(len(cafe), len(snowman), len("日本語"))
print(ord("A"), ord("é"), ord("☃"), chr(97), chr(8364))
print([ord(c) for c in "hi!"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
