"""A person's LinkedIn address is recognised however it was written: percent-encoded or
not, composed or decomposed accents, with or without scheme, `www.` or a country, a
query, a fragment or a closing slash; and two people's addresses stay apart."""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from app.profile_urls import profile_key

# Slugs as LinkedIn makes them, in any script: letters, digits, marks and dashes.
_slugs = st.text(
    st.characters(whitelist_categories=("Ll", "Lu", "Lo", "Mn", "Mc", "Nd"))
    | st.sampled_from("-_"),
    min_size=1,
    max_size=30,
)


@given(slug=_slugs)
def test_one_profile_has_one_key_however_its_address_is_written(slug: str) -> None:
    exported = profile_key(f"https://www.linkedin.com/in/{slug}")
    for written in (
        f"https://www.linkedin.com/in/{quote(slug)}",
        f"http://linkedin.com/in/{unicodedata.normalize('NFD', slug)}/",
        f"ca.linkedin.com/in/{slug}?trk=public_profile#about",
        f"  www.linkedin.com/in/{quote(unicodedata.normalize('NFD', slug))}  ",
    ):
        assert profile_key(written) == exported


@given(first=_slugs, second=_slugs)
def test_two_profiles_keep_two_keys(first: str, second: str) -> None:
    same = unicodedata.normalize("NFC", first).casefold() == (
        unicodedata.normalize("NFC", second).casefold()
    )
    assert (
        profile_key(f"https://www.linkedin.com/in/{first}")
        == profile_key(f"https://www.linkedin.com/in/{second}")
    ) == same


def test_an_address_elsewhere_keeps_its_host() -> None:
    assert profile_key("https://example.com/in/ana") == "example.com/in/ana"
    assert profile_key("https://www.linkedin.com/in/ana") == "linkedin.com/in/ana"
    assert profile_key("") == profile_key("   ") == ""


def test_an_address_that_cannot_be_parsed_is_its_own_key() -> None:
    # A "[" opens an IPv6 host to the URL parser, which refuses the rest as a ValueError
    # (found by the fuzz suite, in a CSV file's profile column).
    assert profile_key(" HTTP://[ab/in/Ana ") == "http://[ab/in/ana"
    assert profile_key("http://[ab/in/ana") != profile_key("http://[ab/in/bo")
