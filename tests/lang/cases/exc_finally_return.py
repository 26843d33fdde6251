# finally runs even when try returns; a return in finally overrides the earlier return.
def save(data):
    try:
        print("saving", data)
        return "saved"
    finally:
        print("closing file")

def overrides():
    try:
        return "from try"
    finally:
        return "from finally"

def swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(save([1]))
print(overrides(), swallowed())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
