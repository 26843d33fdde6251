# An unclosed bracket: CPython reports "'[' was never closed".
prices = [1.5, 2.5,
          3.5
total = 0
