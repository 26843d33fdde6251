# Dict union operators | and |=, ** unpacking, and equality ignoring order.
defaults = {"timeout": 10, "retries": 3}
overrides = {"retries": 5, "verbose": True}
print(defaults | overrides)
print({**overrides, **defaults})
defaults |= {"timeout": 30}
print(defaults)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, "timeout" in defaults, 10 in defaults)
