"""A rate with its 95% Wilson score interval, so that "2 of 3" is not read as a sure 67%.

The Wilson interval stays inside 0–100% and behaves at the edges (0 of 10, 10 of 10) where
the textbook "p ± 1.96·se" interval collapses to a single point or spills past the bounds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# The two-sided 95% point of the normal distribution.
Z_95 = 1.959963984540054


@dataclass(frozen=True)
class Rate:
    """`successes` of `trials`, with the 95% interval; the value and interval are None
    when there were no trials (nothing to divide by)."""

    successes: int
    trials: int

    @property
    def value(self) -> float | None:
        return self.successes / self.trials if self.trials else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson_interval(self.successes, self.trials)

    def describe(self) -> str:
        """'62% (124 of 200; 95% interval 55–69%)', or 'none decided yet'."""
        interval = self.interval
        if self.value is None or interval is None:
            return "none decided yet"
        low, high = interval
        return (
            f"{percent(self.value)} ({self.successes:,} of {self.trials:,}; "
            f"95% interval {percent(low, sign=False)}–{percent(high)})"
        )


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval for `successes` out of `trials`; None for no trials."""
    if trials < 0 or not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials is not a proportion.")
    if trials == 0:
        return None
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    # The bounds are exactly 0 and 1 at the edges; floating point would give 1e-17 or
    # 0.9999999999999999, which reads oddly once printed.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high


def percent(value: float, *, sign: bool = True) -> str:
    """A share as a whole percentage: 0.623 -> '62%' ('62' without the sign)."""
    text = f"{round(value * 100)}"
    return f"{text}%" if sign else text
