# Importing a missing module or name raises ModuleNotFoundError / ImportError.
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from shop_helpers import discount
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
