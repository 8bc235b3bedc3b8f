"""Unsent drafts on disk: round trips, atomic writes, and unreadable files set aside."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.composing.saved_drafts import DraftContent, DraftError, DraftFolder, SavedDraft, when_saved

DRAFT = SavedDraft(
    contact_id=7,
    contact_name="Zoë Ångström",
    content=DraftContent(
        template="invite-met-at-event",
        text="Hej Zoë 🚀, שלום!",
        details={"intro_name": "Bo"},
        gaps={"how_met": "at PyData Lisbon"},
    ),
    saved_at=datetime(2025, 5, 3, 14, 2, tzinfo=UTC),
)


@pytest.fixture
def folder(rapport_home: Path) -> DraftFolder:
    return DraftFolder(rapport_home / "drafts")


def test_a_draft_comes_back_as_it_was_saved(folder: DraftFolder) -> None:
    folder.save(DRAFT)
    assert folder.contact_ids() == {7}
    assert folder.load(7) == DRAFT
    assert folder.load(8) is None


def test_the_file_is_readable_json_with_the_text_as_typed(folder: DraftFolder) -> None:
    folder.save(DRAFT)
    data = json.loads(folder.path_for(7).read_text(encoding="utf-8"))
    assert data["text"] == "Hej Zoë 🚀, שלום!"
    assert data["contact_name"] == "Zoë Ångström"


def test_saving_again_replaces_and_leaves_no_temporary_files(folder: DraftFolder) -> None:
    folder.save(DRAFT)
    folder.save(SavedDraft(7, "Zoë Ångström", DraftContent("intro-make")))
    loaded = folder.load(7)
    assert loaded is not None and loaded.content == DraftContent("intro-make")
    assert [p.name for p in folder.folder.iterdir()] == ["contact-7.json"]


def test_a_failed_write_keeps_the_previous_draft(
    folder: DraftFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder.save(DRAFT)

    # A full disk cannot be arranged here, so the flush to disk is made to fail as it
    # would then.
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(DraftError, match=r"Zoë Ångström.*No space left on device"):
        folder.save(SavedDraft(7, "Zoë Ångström", DraftContent("intro-make", "half-typed")))
    monkeypatch.undo()

    assert folder.load(7) == DRAFT
    assert [p.name for p in folder.folder.iterdir()] == ["contact-7.json"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"version": 1, "contact_id": 7, "templ', "line 1"),
        ("[1, 2, 3]", "does not hold a draft"),
        ('{"version": 1, "contact_id": 7}', "'source' is missing"),
        ('{"version": 99, "contact_id": 7}', "unknown format version 99"),
    ],
)
def test_an_unreadable_draft_is_reported_and_set_aside(
    folder: DraftFolder, content: str, reason: str
) -> None:
    folder.folder.mkdir()
    folder.path_for(7).write_text(content, encoding="utf-8")

    with pytest.raises(DraftError) as caught:
        folder.load(7)

    message = str(caught.value)
    assert str(folder.path_for(7)) in message and reason in message
    [aside] = folder.folder.iterdir()
    assert aside.name.startswith("contact-7.json.unreadable-")
    assert aside.read_text(encoding="utf-8") == content  # nothing the user wrote is lost
    assert aside.name in message
    assert folder.contact_ids() == set()
    assert folder.load(7) is None


def test_a_draft_written_for_another_contact_is_not_restored(folder: DraftFolder) -> None:
    folder.save(DRAFT)
    folder.path_for(7).rename(folder.path_for(8))
    with pytest.raises(DraftError, match="another contact"):
        folder.load(8)


def test_a_draft_is_blank_until_something_is_typed() -> None:
    assert DraftContent("intro-make", details={"intro_name": " "}).blank
    assert not DraftContent("intro-make", text="My own words").blank
    assert not DraftContent("intro-make", details={"intro_name": "Bo"}).blank
    assert not DraftContent("intro-make", gaps={"how_met": "at PyCon"}).blank


def test_a_draft_of_the_first_format_keeps_its_edited_template_text(
    folder: DraftFolder,
) -> None:
    """Before the message became plain text, a draft kept an edited copy of the
    template; an upgrade must not lose it."""
    folder.folder.mkdir(parents=True)
    old = {
        "version": 1,
        "contact_id": 7,
        "contact_name": "Zoë Ångström",
        "template": "invite-met-at-event",
        "source": "Hej {{ first_name }}, about your slides",
        "details": {},
        "gaps": {},
        "saved_at": "2025-05-03T14:02:00+00:00",
    }
    folder.path_for(7).write_text(json.dumps(old), encoding="utf-8")
    loaded = folder.load(7)
    assert loaded is not None
    assert loaded.content.template_source == "Hej {{ first_name }}, about your slides"
    assert loaded.content.text is None and not loaded.content.blank


def test_deleting_forgets_the_draft(folder: DraftFolder) -> None:
    folder.save(DRAFT)
    folder.delete(7)
    folder.delete(7)  # nothing left: harmless
    assert folder.load(7) is None and folder.contact_ids() == set()


def test_the_restore_message_says_when_in_local_time() -> None:
    lisbon = ZoneInfo("Europe/Lisbon")  # UTC+1 in May
    saved = datetime(2025, 5, 3, 13, 2, tzinfo=UTC)
    assert when_saved(saved, datetime(2025, 5, 3, 18, 0, tzinfo=lisbon)) == "14:02"
    assert str(when_saved(saved, datetime(2025, 5, 4, 9, 0, tzinfo=lisbon))) == "yesterday at 14:02"
    assert str(when_saved(saved, datetime(2025, 5, 9, 9, 0, tzinfo=lisbon))) == "3 May at 14:02"
    assert (
        str(when_saved(saved, datetime(2026, 1, 2, 9, 0, tzinfo=lisbon))) == "3 May 2025 at 14:02"
    )
