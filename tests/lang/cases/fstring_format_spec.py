# Format specs inside f-strings: width, alignment, fill, precision, sign, grouping, types.
price = 1234567.891
print(f"{price:.2f}|{price:,.2f}|{price:_.1f}|{price:12.1f}|")
print(f"{42:05d}|{42:<6}|{42:>6}|{42:^6}|{42:*^7}|")
print(f"{255:x}|{255:#x}|{255:b}|{255:#o}|{255:08b}|")
print(f"{0.256:.1%}|{1e6:e}|{1234.5:g}|{0.00001234:g}|")
print(f"{7:+d}|{-7:+d}|{7: d}|{'txt':>5}|{'txt':.2}|")
