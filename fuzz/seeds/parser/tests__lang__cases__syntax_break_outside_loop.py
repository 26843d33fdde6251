# break outside a loop: SyntaxError: 'break' outside loop.
ready = True
if ready:
    break
