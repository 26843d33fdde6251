# await in a plain function: SyntaxError: 'await' outside async function.
import asyncio

def main():
    await asyncio.sleep(1)
