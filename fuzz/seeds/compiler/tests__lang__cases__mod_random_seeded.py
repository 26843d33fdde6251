# random with a fixed seed is reproducible: the same seed gives the same sequence.
import random

random.seed(42)
first = [random.randint(1, 6) for _ in range(5)]
random.seed(42)
second = [random.randint(1, 6) for _ in range(5)]
print(first, first == second)
random.seed(7)
print(round(random.random(), 6), random.choice(["red", "green", "blue"]), random.randrange(100))
deck = list(range(8))
random.shuffle(deck)
print(deck, sorted(random.sample(range(50), 3)))
