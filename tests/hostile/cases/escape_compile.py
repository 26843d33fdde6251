# compile() is not available to lesson code.
code = compile("print(1)", "x", "exec")
