# find/rfind/index/count/startswith/endswith, including tuple arguments.
sentence = "the cat sat on the mat"
print(sentence.find("at"), sentence.rfind("at"), sentence.find("dog"))
print(sentence.index("sat"), sentence.count("the"), sentence.count("t"))
print(sentence.startswith("the"), sentence.endswith(("mat", "hat")))
print(sentence.startswith("cat", 4), "at" in sentence, "dog" not in sentence)
try:
    sentence.index("dog")
except ValueError as e:
    print("ValueError:", e)
