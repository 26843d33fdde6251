# Float literal forms: exponents, leading/trailing dots, underscores.
print(1.5, .5, 5., 1e3, 1E-3, 2.5e+2)
print(1_000.000_1)
print(1e16, 1e-5, 123456789012345678.0)
print(0.1, 3.0, -0.0)
