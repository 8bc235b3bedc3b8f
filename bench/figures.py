"""What the benchmarks share in reporting their samples."""

from __future__ import annotations


def percentile(samples: list[float], share: float) -> float:
    """The sample below which `share` (0 to 1) of the samples lie (nearest rank)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
