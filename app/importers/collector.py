"""Python's garbage collector held off while an import runs.

An import keeps what it reads until it has written it, tens of thousands of records,
and frees nearly nothing before then: each collection walks all of them and finds no
garbage, and over an export of 30,000 connections the collections cost more than
matching the people does. What garbage an import leaves is collected afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the garbage collector off, then put it back as it was."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
