"""Which saved changes make the running window rebuild its grammar service: a local one
restarts its LanguageTool server, which takes seconds, so only changes that matter do."""

from __future__ import annotations

import pytest

from app.settings import Settings
from app.ui.settings.dialog import SavedSettings

LOCAL = Settings(grammar_mode="local")
PREMIUM = Settings(grammar_mode="premium", grammar_username="me@example.org")


@pytest.mark.parametrize(
    ("previous", "saved", "rebuild"),
    [
        (LOCAL, SavedSettings(LOCAL.replace(grammar_language="de-DE")), False),
        (LOCAL, SavedSettings(LOCAL.replace(my_name="Ana", offer_coffee=False)), False),
        (LOCAL, SavedSettings(LOCAL, frozenset({"languagetool-api-key"})), False),
        (LOCAL, SavedSettings(PREMIUM), True),
        (PREMIUM, SavedSettings(PREMIUM, frozenset({"languagetool-api-key"})), True),
        (PREMIUM, SavedSettings(PREMIUM, frozenset({"grammar-server-password"})), False),
        (PREMIUM, SavedSettings(PREMIUM.replace(grammar_username="you@example.org")), True),
    ],
)
def test_the_grammar_service_is_rebuilt_only_when_it_must_be(
    previous: Settings, saved: SavedSettings, rebuild: bool
) -> None:
    assert saved.needs_new_grammar_service(previous) is rebuild
