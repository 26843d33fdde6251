# import module gives a module object; attributes are looked up on it, and re-import is cached.
import shop_helpers
import shop_helpers as sh
import sys

print(shop_helpers.with_tax(100), sh is shop_helpers, shop_helpers.__name__)
shop_helpers.TAX_RATE = 0.5
print(sh.with_tax(100))
print("shop_helpers" in sys.modules, type(sh).__name__)
