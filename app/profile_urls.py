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


# The form nearly every address takes; an import of 30,000 connections reads it 30,000
# times, so it skips the general parse below.
_PLAIN_LINKEDIN = re.compile(
    r"(?:https?://)?(?:www\.|[a-z]{2,3}\.)?linkedin\.com(/[a-z0-9/_.~-]*)(?:[?#].*)?",
    re.IGNORECASE,
)


# One import asks for the same address several times (to match a person, to settle an
# invitation, to store the contact); larger than any real network, so none is redone.
@lru_cache(maxsize=65536)
def profile_key(url: str) -> str:
    """The normalised key of a profile address; "" when there is no address.

    Scheme, `www.`, country subdomains, a trailing slash, query, fragment, case and
    percent-encoding make no difference.
    """
    text = url.strip()
    if not text:
        return ""
    plain = _PLAIN_LINKEDIN.fullmatch(text)
    if plain is not None:
        path = plain.group(1)
        if "//" in path:
            path = re.sub(r"/{2,}", "/", path)
        path = path.lower().rstrip("/")
        return "linkedin.com" + path
    if "://" not in text:
        text = "//" + text.lstrip("/")
    parts = urlsplit(text)
    host = (parts.hostname or "").casefold()
    if host.startswith("www."):
        host = host[4:]
    if _LINKEDIN_HOST.match(host):
        host = "linkedin.com"
    path = unicodedata.normalize("NFC", unquote(parts.path)).casefold().rstrip("/")
    path = re.sub(r"/{2,}", "/", path)
    return f"{host}{path}" if host else path
