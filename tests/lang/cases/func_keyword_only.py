# Keyword-only parameters after * must be passed by name.
def connect(host, *, port=80, timeout):
    return f"{host}:{port} (timeout {timeout})"

print(connect("example.org", timeout=5))
print(connect("example.org", port=8080, timeout=1))
try:
    connect("example.org", 8080, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("example.org")
except TypeError as e:
    print("TypeError:", e)
