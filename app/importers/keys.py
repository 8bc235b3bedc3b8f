"""The keys imports recognise people by, besides the profile address
(`app.profile_urls.profile_key`), computed once per name.

One import looks at the same name several times (to settle an invitation, to match a
contact, to remember the contact it adds); folding 30,000 names is costly enough to do
only once each.
"""

from __future__ import annotations

from functools import lru_cache

from app.store.rows import fold

# Larger than any real network, so one import's names all stay cached.
_CACHED = 65536


@lru_cache(maxsize=_CACHED)
def name_key(name: str) -> str:
    """A person's name reduced for matching: spacing, case and Unicode form ignored."""
    return fold(" ".join(name.split()))


def email_key(email: str) -> str:
    return fold(email.strip())
