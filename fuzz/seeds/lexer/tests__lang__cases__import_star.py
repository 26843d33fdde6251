# from module import * binds public names only (not those starting with _).
from shop_helpers import *

print(with_tax(1), TAX_RATE)
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
