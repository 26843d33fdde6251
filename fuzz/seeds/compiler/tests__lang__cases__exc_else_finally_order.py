# Ordering of try/except/else/finally blocks, with and without an exception.
def attempt(fail):
    try:
        print("  try")
        if fail:
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")

print("no failure:")
attempt(False)
print("failure:")
attempt(True)
