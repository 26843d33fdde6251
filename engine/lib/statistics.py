# statistics: mean, fmean, median (low/high), mode, multimode, variance, stdev (and population forms).
#
# Sums are exact (ints and floats are turned into integer ratios), so mean() and variance()
# round once, like CPython's. stdev() takes the float square root of the exact variance,
# which can differ from CPython's correctly rounded root in the last bit in rare cases.

__all__ = ["StatisticsError", "mean", "fmean", "median", "median_low", "median_high",
           "mode", "multimode", "variance", "pvariance", "stdev", "pstdev"]


class StatisticsError(ValueError):
    pass


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a if a >= 0 else -a


# (numerator, denominator) of an int or float, exactly.
def _ratio(x):
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            raise StatisticsError("loopscope statistics cannot sum NaN or infinity")
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


# Exact sum of 'data': returns (result type, numerator, denominator, count).
def _exact_sum(data):
    kind = int
    num = 0
    den = 1
    count = 0
    for x in data:
        if isinstance(x, float):
            kind = float
        n, d = _ratio(x)
        num = num * d + n * den
        den = den * d
        g = _gcd(num, den)
        if g > 1:
            num //= g
            den //= g
        count += 1
    return kind, num, den, count


# Converts the exact value num/den to the data's type: an int only when exact.
def _convert(kind, num, den):
    if den < 0:
        num, den = -num, -den
    g = _gcd(num, den)
    if g > 1:
        num //= g
        den //= g
    if kind is int and den == 1:
        return num
    return num / den


def mean(data):
    kind, num, den, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(kind, num, den * n)


def fmean(data, weights=None):
    if weights is None:
        kind, num, den, n = _exact_sum(data)
        if n < 1:
            raise StatisticsError("fmean requires at least one data point")
        return (num / den) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    kind, num, den, n = _exact_sum([x * w for x, w in zip(data, weights)])
    wkind, wnum, wden, wn = _exact_sum(weights)
    if wnum == 0:
        raise StatisticsError("sum of weights must be non-zero")
    return (num / den) / (wnum / wden)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


# The most common value; ties go to the value seen first.
def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best = value
            best_count = count
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


# Exact sum of squared deviations from the mean: (kind, numerator, denominator, count).
def _squares(data):
    data = list(data)
    kind, num, den, n = _exact_sum(data)
    if n == 0:
        return kind, 0, 1, 0
    # mean = num / (den * n); deviation of x = (x_n * mden - mnum * x_d) / (x_d * mden)
    mnum = num
    mden = den * n
    sq_num = 0
    sq_den = 1
    for x in data:
        xn, xd = _ratio(x)
        dn = xn * mden - mnum * xd
        dd = xd * mden
        tn = dn * dn
        td = dd * dd
        sq_num = sq_num * td + tn * sq_den
        sq_den = sq_den * td
        g = _gcd(sq_num, sq_den)
        if g > 1:
            sq_num //= g
            sq_den //= g
    return kind, sq_num, sq_den, n


def variance(data, xbar=None):
    kind, num, den, n = _squares(data)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(kind, num, den * (n - 1))


def pvariance(data, mu=None):
    kind, num, den, n = _squares(data)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(kind, num, den * n)


def _isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


# The float nearest to sqrt(n / m), rounded once: the integer root is computed with at
# least two spare bits and its last bit is forced to 1 when inexact ("round to odd"), so
# the single rounding of the final division cannot go the wrong way.
def _sqrt_of_frac(n, m):
    if n <= 0:
        return 0.0
    k = 58 - (n.bit_length() - m.bit_length()) // 2
    if k >= 0:
        num = n << (2 * k)
        den = m
    else:
        num = n
        den = m << (-2 * k)
    q = num // den
    exact = q * den == num
    r = _isqrt(q)
    if not exact or r * r != q:
        r |= 1
    if k >= 0:
        return r / (1 << k)
    return float(r << (-k))


def stdev(data, xbar=None):
    kind, num, den, n = _squares(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_frac(num, den * (n - 1))


def pstdev(data, mu=None):
    kind, num, den, n = _squares(data)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_frac(num, den * n)
