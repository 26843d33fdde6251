# The structural tests behind `match` statements. The parser turns each `case` into an `if`
# whose condition calls these (see "match statement" in engine/lang/parser_match.cpp); each
# returns the values the sub-patterns match against, or None when the subject does not fit.

_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _is_sequence(subject):
    if isinstance(subject, (list, tuple, range)):
        return True
    if isinstance(subject, (str, bytes, bytearray, dict)):
        return False
    cls = type(subject)
    return cls.__name__ == "deque" and cls.__module__ == "collections"


# [p0, p1, *rest, p2]: the subject's items, with the starred part as one list. "star" is the
# star's position among the "fixed" + 1 patterns, or -1 when there is none.
def sequence(subject, fixed, star):
    if not _is_sequence(subject):
        return None
    items = tuple(subject)
    n = len(items)
    if star < 0:
        return items if n == fixed else None
    if n < fixed:
        return None
    after = fixed - star
    return items[:star] + (list(items[star:n - after]),) + items[n - after:]


# {k0: p0, k1: p1, **rest}: the values of the keys (looked up with .get, as CPython does), then
# the remaining items as a dict when "rest" is true.
def mapping(subject, keys, rest):
    if not isinstance(subject, dict):
        return None
    missing = _MISSING
    values = []
    for key in keys:
        value = subject.get(key, missing)
        if value is missing:
            return None
        values.append(value)
    if rest:
        left = dict(subject)
        for key in keys:
            del left[key]
        values.append(left)
    return tuple(values)


# Cls(p0, p1, name=p2): the attributes the sub-patterns match, positional ones named by
# Cls.__match_args__ (the subject itself for int(x), str(x) and the other builtins).
def cls(subject, kind, positional, names):
    if not isinstance(kind, type):
        raise TypeError("called match pattern must be a class")
    if not isinstance(subject, kind):
        return None
    attrs = []
    if positional:
        match_args = getattr(kind, "__match_args__", _MISSING)
        if match_args is _MISSING:
            if any(base in _SELF_MATCHING for base in kind.__mro__):
                if positional > 1:
                    raise TypeError(f"{kind.__name__}() accepts 1 positional sub-pattern ({positional} given)")
                attrs.append(None)
                match_args = ()
            else:
                match_args = ()
        if not isinstance(match_args, tuple):
            raise TypeError(f"{kind.__name__}.__match_args__ must be a tuple (got {type(match_args).__name__})")
        if not attrs:
            if positional > len(match_args):
                plural = "" if len(match_args) == 1 else "s"
                raise TypeError(f"{kind.__name__}() accepts {len(match_args)} positional sub-pattern{plural} "
                                f"({positional} given)")
            attrs.extend(match_args[:positional])
    for name in names:
        if name in attrs:
            raise TypeError(f"{kind.__name__}() got multiple sub-patterns for attribute {name!r}")
        attrs.append(name)
    values = []
    for name in attrs:
        if name is None:
            values.append(subject)
            continue
        value = getattr(subject, name, _MISSING)
        if value is _MISSING:
            return None
        values.append(value)
    return tuple(values)


class _Missing:
    pass


_MISSING = _Missing()
