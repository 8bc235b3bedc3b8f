"""The built-in library, the checker and the place lists, read once for these tests."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from app.checker import Checker
from app.composing.session import DraftSession, Suggest
from app.composing.suggestion import Record, choose_template
from app.contacts import Contact
from app.library.templates import TemplateLibrary, load_library
from app.relationships.places import Places, shipped_places
from app.relationships.triage import suggest as triage
from app.settings import Settings

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
SETTINGS = Settings(my_name="Jordan Ellison", my_location="Lisbon")


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory) -> TemplateLibrary:
    return load_library(builtin_dir=TEMPLATES, user_dir=tmp_path_factory.mktemp("none"))


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()


@pytest.fixture(scope="session")
def places() -> Places:
    return shipped_places()


@pytest.fixture
def suggest(library: TemplateLibrary, checker: Checker, places: Places) -> Suggest:
    return suggester(library, checker, places)


def suggester(
    library: TemplateLibrary,
    checker: Checker,
    places: Places,
    records: dict[str, Record] | None = None,
    settings: Settings = SETTINGS,
) -> Suggest:
    def choose(contact: Contact):  # type: ignore[no-untyped-def]
        return choose_template(
            contact,
            library=library,
            settings=settings,
            triage=partial(triage, settings=settings, checker=checker, places=places),
            places=places,
            records=records,
        )

    return choose


@pytest.fixture
def session(library: TemplateLibrary, suggest: Suggest) -> DraftSession:
    return DraftSession(library, SETTINGS, suggest=suggest)
