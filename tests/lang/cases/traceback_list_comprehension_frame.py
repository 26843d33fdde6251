# CPython 3.12 runs list comprehensions inline: an error raised from inside one shows no
# <listcomp> entry, and the enclosing function's entry shows the comprehension's line.
def parse(text):
    raise ValueError(f'bad item {text!r}')


def main():
    sizes = [len(s) for s in ['a', 'bc']]
    more = [
        parse(x)
        for x in 'xy'
    ]
    return sizes + more


main()
