"""The keys imports recognise people by, besides the profile address
(`app.profile_urls.profile_key`), computed once per name.

One import looks at the same name several times (to settle an invitation, to match a
contact, to remember the contact it adds); folding 30,000 names is costly enough to do
only once each.
"""

from __future__ import annotations

from functools import lru_cache

from app.profile_urls import KEYS_CACHED
from app.store.rows import fold


# Bounded like `profile_key`'s cache, and for the same reason: asked for close together,
# within one chunk of rows, and never to hold a million names.
@lru_cache(maxsize=KEYS_CACHED)
def name_key(name: str) -> str:
    """A person's name reduced for matching: spacing, case and Unicode form ignored."""
    return fold(" ".join(name.split()))


def email_key(email: str) -> str:
    return fold(email.strip())
