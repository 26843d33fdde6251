# round() uses banker's rounding, and float representation affects ties like 2.675.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(7), round(7.6), type(round(7.6)).__name__, type(round(7.6, 1)).__name__)
print(round(125, -1), round(135, -1), round(-125, -1))
