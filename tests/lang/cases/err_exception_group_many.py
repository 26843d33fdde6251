# An uncaught group with more than 15 sub-exceptions: the traceback shows 15 and counts the rest.
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
