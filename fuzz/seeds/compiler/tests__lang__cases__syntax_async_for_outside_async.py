# async for inside a plain function: 'async for' outside async function.
def consume(stream):
    async for item in stream:
        print(item)
