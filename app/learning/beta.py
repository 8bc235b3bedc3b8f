"""The Beta distribution, in pure Python: its density, its distribution function and its
quantiles, which is all the recommendations need (a posterior's mean, its 95% interval,
and the chance that one approach beats another).

The distribution function is the regularised incomplete beta function, evaluated by its
continued fraction (modified Lentz), which converges fast on the side of the mean where
it is used and is turned around with I_x(a, b) = 1 - I_{1-x}(b, a) on the other.
"""

from __future__ import annotations

import math

# Below this, a continued-fraction denominator counts as zero (Lentz's guard).
_TINY = 1e-300
_EPSILON = 1e-14
_MAX_TERMS = 10_000


def log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def cdf(x: float, a: float, b: float) -> float:
    """P(X <= x) for X ~ Beta(a, b), with a, b > 0."""
    if a <= 0 or b <= 0:
        raise ValueError(f"Beta({a}, {b}) needs both shapes above 0.")
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _lower_tail(1.0 - x, b, a)
    return _lower_tail(x, a, b)


def _lower_tail(x: float, a: float, b: float) -> float:
    front = math.exp(a * math.log(x) + b * math.log1p(-x) - log_beta(a, b)) / a
    return front * _continued_fraction(x, a, b)


def _continued_fraction(x: float, a: float, b: float) -> float:
    # The fraction 1/(1+ d1/(1+ d2/(1+ ...))) with d_{2m+1} = -(a+m)(a+b+m)x/((a+2m)(a+2m+1))
    # and d_{2m} = m(b-m)x/((a+2m-1)(a+2m)), evaluated by modified Lentz.
    c = 1.0
    d = 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, _MAX_TERMS):
        two_m = 2 * m
        even = m * (b - m) * x / ((a + two_m - 1) * (a + two_m))
        for term in (even, -(a + m) * (a + b + m) * x / ((a + two_m) * (a + two_m + 1))):
            d = 1.0 + term * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + term / c
            c = c if abs(c) > _TINY else _TINY
            result *= c * d
        if abs(c * d - 1.0) < _EPSILON:
            break
    return result


def quantile(p: float, a: float, b: float) -> float:
    """The x with P(X <= x) = p for X ~ Beta(a, b): Newton's method, kept inside a
    bracket that bisection narrows whenever a Newton step would leave it."""
    if not 0 < p < 1:
        raise ValueError(f"A quantile needs a probability strictly between 0 and 1, not {p}.")
    low, high = 0.0, 1.0
    mean = a / (a + b)
    spread = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    x = min(max(mean + _normal_quantile(p) * spread, 1e-9), 1 - 1e-9)
    normaliser = log_beta(a, b)
    for _ in range(200):
        error = cdf(x, a, b) - p
        if abs(error) < 1e-12:
            break
        if error > 0:
            high = x
        else:
            low = x
        slope = math.exp((a - 1) * math.log(x) + (b - 1) * math.log1p(-x) - normaliser)
        step = x - error / slope if slope > 0 else -1.0
        x = step if low < step < high else (low + high) / 2
        if high - low < 1e-13:
            break
    return x


def interval(a: float, b: float, level: float = 0.95) -> tuple[float, float]:
    """The equal-tailed credible interval holding `level` of Beta(a, b)."""
    tail = (1 - level) / 2
    return quantile(tail, a, b), quantile(1 - tail, a, b)


def _normal_quantile(p: float) -> float:
    """A rough standard normal quantile (Shore's approximation, within 1%), only a start
    for Newton's method."""
    if p < 0.5:
        return -_normal_quantile(1 - p)
    return 5.5556 * (1 - math.pow((1 - p) / p, 0.1186))
