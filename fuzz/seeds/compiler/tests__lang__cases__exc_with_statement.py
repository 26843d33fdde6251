# An exception inside a with block still runs __exit__, which sees the exception.
class Connection:
    def __enter__(self):
        print("open connection")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close connection, error:", repr(exc))
        return False

def query(sql):
    with Connection():
        if "DROP" in sql:
            raise PermissionError("not allowed")
        return f"rows for {sql!r}"

print(query("SELECT 1"))
try:
    query("DROP TABLE users")
except PermissionError as e:
    print("caller:", e)
