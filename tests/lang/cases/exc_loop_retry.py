# A retry loop: keep trying until success or the attempt limit, using else/continue/break.
responses = iter([ConnectionError("reset"), TimeoutError("slow"), "200 OK"])

def fetch():
    r = next(responses)
    if isinstance(r, Exception):
        raise r
    return r

for attempt in range(1, 5):
    try:
        result = fetch()
    except (ConnectionError, TimeoutError) as e:
        print(f"attempt {attempt} failed: {type(e).__name__}: {e}")
        continue
    print(f"attempt {attempt} succeeded: {result}")
    break
else:
    print("gave up")
