# Binds *args/**kwargs to a list of parameter names the way a real Python signature would, with CPython's TypeError wording.
# Used by collections.namedtuple (__new__) and dataclasses (__init__), which cannot generate code with exec.

_NO_DEFAULT = object()


def _quote_list(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


# Returns a list of values, one per name in 'positional' then 'kwonly'.
# 'defaults' maps a name to its default value; a missing name is required.
# 'funcname' is the qualified name used in messages (e.g. "Point.__init__");
# 'implicit' counts leading implicit parameters (self/cls) for the "takes N" counts.
def bind(funcname, positional, kwonly, defaults, args, kwargs, implicit=1):
    npos = len(positional)
    values = {}
    for i in range(min(len(args), npos)):
        values[positional[i]] = args[i]
    for key in kwargs:
        if key in values:
            raise TypeError(f"{funcname}() got multiple values for argument '{key}'")
        if key not in defaults and key not in positional and key not in kwonly:
            raise TypeError(f"{funcname}() got an unexpected keyword argument '{key}'")
        values[key] = kwargs[key]
    if len(args) > npos:
        required = 0
        for name in positional:
            if name not in defaults:
                required += 1
        given = len(args) + implicit
        if required < npos:
            takes = f"from {required + implicit} to {npos + implicit} positional arguments"
        elif npos + implicit == 1:
            takes = "1 positional argument"
        else:
            takes = f"{npos + implicit} positional arguments"
        were = "was" if given == 1 else "were"
        raise TypeError(f"{funcname}() takes {takes} but {given} {were} given")
    missing = []
    for name in positional:
        if name not in values and name not in defaults:
            missing.append(name)
    if missing:
        plural = "argument" if len(missing) == 1 else "arguments"
        raise TypeError(f"{funcname}() missing {len(missing)} required positional {plural}: {_quote_list(missing)}")
    for name in kwonly:
        if name not in values and name not in defaults:
            missing.append(name)
    if missing:
        plural = "argument" if len(missing) == 1 else "arguments"
        raise TypeError(f"{funcname}() missing {len(missing)} required keyword-only {plural}: {_quote_list(missing)}")
    result = []
    for name in positional:
        result.append(values[name] if name in values else defaults[name])
    for name in kwonly:
        result.append(values[name] if name in values else defaults[name])
    return result
