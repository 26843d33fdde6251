# exec() is not available to lesson code.
exec("print('hi')")
