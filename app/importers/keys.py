"""The keys imports recognise people by, computed once per address or name.

One import looks at the same profile address several times (to settle an invitation, to
match a contact, to remember the contact it adds); normalising 30,000 addresses is
costly enough to do only once each.
"""

from __future__ import annotations

from functools import lru_cache

from app.profile_urls import profile_key
from app.store.rows import fold

# Larger than any real network, so one import's addresses all stay cached.
_CACHED = 65536


@lru_cache(maxsize=_CACHED)
def url_key(url: str) -> str:
    """The normalised profile key of `url` (see app.profile_urls.profile_key)."""
    return profile_key(url)


@lru_cache(maxsize=_CACHED)
def name_key(name: str) -> str:
    """A person's name reduced for matching: spacing, case and Unicode form ignored."""
    return fold(" ".join(name.split()))


def email_key(email: str) -> str:
    return fold(email.strip())
