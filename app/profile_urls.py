"""Profile addresses reduced to a key, so the same person is recognised however the
address was written.

LinkedIn's exports, browsers and people write one profile as `https://www.linkedin.com/
in/ana-p/`, `http://linkedin.com/in/Ana-P?trk=x`, `ca.linkedin.com/in/ana-p` or with the
slug percent-encoded. Only the host and path identify the profile.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

# Country and language subdomains (ca., uk., fr., www.) all serve the same profiles.
_LINKEDIN_HOST = re.compile(r"^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$")

# How LinkedIn's exports write every address, and the forms of its host that people
# write: the path after them is the key's without the general parse, which an import of
# 30,000 connections would otherwise run 30,000 times. (The exports' own form is checked
# first because even matching a short pattern costs more than the rest of the key.)
_EXPORTED_HOST = "https://www.linkedin.com/"
_LINKEDIN_PREFIX = re.compile(
    r"(?:https?://)?(?:www\.|[a-z]{2,3}\.)?linkedin\.com(?=/)", re.IGNORECASE
)
_SLASHES = re.compile(r"/{2,}")
# LinkedIn's addresses that name no profile: late-2023 exports write every invitation's
# addresses as the bare `https://www.linkedin.com/in`, which would make everyone in the
# file one person.
_NO_PROFILE = frozenset(("linkedin.com", "linkedin.com/in", "linkedin.com/pub"))
# Keys remembered by `profile_key`, and by the importers' name keys.
KEYS_CACHED = 32_768


# One import asks for the same address several times (to match a person, to settle an
# invitation, to store the contact), close together: within the chunk of rows it reads
# at a time (importers/writer.py, 10,000). Bounded, so that a file of a million
# addresses does not keep them all; a LinkedIn account stops at 30,000 connections.
@lru_cache(maxsize=KEYS_CACHED)
def profile_key(url: str) -> str:
    """The normalised key of a profile address; "" when there is no address.

    Scheme, `www.`, country subdomains, a trailing slash, query, fragment, case and
    percent-encoding make no difference. A LinkedIn address without a profile name in it
    is no address.
    """
    text = url.strip()
    if not text:
        return ""
    if text.startswith(_EXPORTED_HOST):
        end: int | None = len(_EXPORTED_HOST) - 1  # the path keeps its slash
    else:
        prefix = _LINKEDIN_PREFIX.match(text)
        end = None if prefix is None else prefix.end()
    if end is not None:
        path = text[end:]
        if "?" in path or "#" in path:
            path = path.partition("?")[0].partition("#")[0]
        # The general parse would read the same path, unless it holds line breaks or
        # tabs (which it drops) or, in an address without a scheme, "://".
        if path.isprintable() and ":" not in path:
            return _profile_only("linkedin.com" + _path_key(path))
    try:
        parts = urlsplit(text if "://" in text else "//" + text.lstrip("/"))
    except ValueError:  # a "[" that opens no IPv6 address: the text is its own key
        return text.casefold()
    host = (parts.hostname or "").casefold()
    if host.startswith("www."):
        host = host[4:]
    if _LINKEDIN_HOST.match(host):
        host = "linkedin.com"
    return _profile_only(host + _path_key(parts.path))


def _profile_only(key: str) -> str:
    return "" if key in _NO_PROFILE else key


def _path_key(path: str) -> str:
    """The path decoded, in one Unicode form and case, without doubled or closing slashes."""
    # Each step only where it can change something: most slugs are plain ASCII.
    if "%" in path:
        path = unquote(path)
    if not path.isascii():
        path = unicodedata.normalize("NFC", path)
    path = path.casefold().rstrip("/")
    return _SLASHES.sub("/", path) if "//" in path else path
