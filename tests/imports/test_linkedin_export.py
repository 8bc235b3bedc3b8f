"""A realistic LinkedIn export, as a folder and as the zip LinkedIn sends, gives the right
contacts, invitations, outcomes and requests; importing it again changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.importers import import_linkedin
from app.store import Outcome, RequestAction, Store
from tests.imports.builders import (
    INES,
    SAM,
    TOMAS,
    ConnectionRow,
    InvitationRow,
    connections_csv,
    current_export,
    invitations_csv,
    old_export,
    write_folder,
    write_zip,
)
from tests.imports.conftest import snapshot


def _local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone()


def _invites(store: Store) -> dict[str, tuple[Outcome, str]]:
    return {m.contact_name: (m.outcome, m.text) for m in store.messages() if m.kind == "invite"}


@pytest.fixture(params=["folder", "zip at the top", "zip in a subfolder"])
def export(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    files = current_export()
    if request.param == "folder":
        return write_folder(tmp_path / "Basic_LinkedInDataExport_03-02-2026", files)
    subfolder = "Complete_LinkedInDataExport_03-02-2026" if "subfolder" in request.param else ""
    return write_zip(tmp_path / "Complete_LinkedInDataExport_03-02-2026.zip", files, subfolder)


def test_the_export_gives_contacts_invitations_outcomes_and_requests(
    store: Store, export: Path
) -> None:
    summary = import_linkedin(store, export)

    # Five named connections, plus the two people invited who are not connections.
    assert summary.contacts_added == 7
    assert store.contact_count() == 7
    # Four accepted: two of them answered too.
    assert (summary.invitations_added, summary.invitations_accepted) == (6, 2)
    assert (summary.invitations_replied, summary.accepted_total) == (2, 4)
    assert summary.requests_added == 2
    assert [str(row.reason) for row in summary.skipped] == [
        "no name (a member who hid or closed their profile)"
    ] * 2
    assert _invites(store) == {
        "Ines Okafor-Lindqvist": (
            Outcome.REPLIED,
            "Hi Ines, your talk on hiring loops changed how we interview. Could we connect?",
        ),
        "Zoë 🚀 Smith, PhD": (Outcome.ACCEPTED, ""),
        # Her message came before she accepted, so it is not a reply.
        "娜 李": (Outcome.ACCEPTED, "Hello Na,\nwe met at the Berlin type meetup. Keep in touch?"),
        "Grace Hopper": (Outcome.PENDING, "Hi Grace"),
        "Sam Lee": (Outcome.PENDING, ""),
        "Tomás Reyes": (Outcome.REPLIED, "¡Hola!"),
    }


def test_imported_invitations_are_recorded_as_notes_without_a_template(
    store: Store, export: Path
) -> None:
    import_linkedin(store, export)

    invites = store.messages()
    assert {(m.kind, m.channel, m.template) for m in invites} == {("invite", "linkedin_note", "")}
    ines = next(m for m in invites if m.contact_name == "Ines Okafor-Lindqvist")
    assert ines.sent_at == datetime(2026, 2, 1, 9, 14).astimezone()
    assert ines.accepted_at == _local_midnight(date(2026, 2, 8))
    assert ines.outcome_at == datetime(2026, 2, 9, 8, 0, tzinfo=UTC)
    zoe = next(m for m in invites if m.contact_name.startswith("Zoë"))
    # Sent and accepted the same day: accepted no earlier than it was sent.
    assert zoe.accepted_at == zoe.outcome_at == _local_midnight(date(2026, 3, 2))


def test_people_are_matched_across_files_however_their_address_is_written(
    store: Store, export: Path
) -> None:
    import_linkedin(store, export)

    by_name = {c.name: c for c in store.contacts()}
    ines = by_name["Ines Okafor-Lindqvist"]
    assert (ines.profile_url, ines.company, ines.connected_on) == (
        INES,
        "Northwind Analytics, Inc.",
        "2026-02-08",
    )
    assert by_name["Tomás Reyes"].email == "tomas.reyes@example.org"
    invited = {m.contact_name: m.contact_id for m in store.messages()}
    assert invited["Ines Okafor-Lindqvist"] == ines.id
    assert invited["Tomás Reyes"] == by_name["Tomás Reyes"].id
    # The Sam Lee invited is another Sam Lee than the one connected: two contacts.
    sams = [c for c in store.contacts() if c.name == "Sam Lee"]
    assert sorted(c.profile_url for c in sams) == [SAM, "https://www.linkedin.com/in/sam-lee-2"]
    assert invited["Sam Lee"] != next(c.id for c in sams if c.profile_url == SAM)


def test_received_invitations_become_requests_linked_to_known_people(
    store: Store, export: Path
) -> None:
    import_linkedin(store, export)

    requests = {r.contact_name: r for r in store.requests()}
    assert set(requests) == {"Rita Recruiter", "Sam Lee"}
    assert requests["Rita Recruiter"].note == "Hi Jordan, a role for you"
    assert requests["Rita Recruiter"].contact_id is None  # a stranger is not made a contact
    sam = next(c for c in store.contacts() if c.profile_url == SAM)
    assert requests["Sam Lee"].contact_id == sam.id
    assert requests["Sam Lee"].received_at == datetime(2026, 1, 19, 19, 45).astimezone()
    # Sam is a connection since the next day: the request was accepted, not open.
    assert requests["Sam Lee"].action is RequestAction.ACCEPT
    assert requests["Sam Lee"].handled_at == datetime(2026, 1, 20).astimezone()
    assert requests["Rita Recruiter"].action is None
    assert [r.contact_name for r in store.requests(open_only=True)] == ["Rita Recruiter"]


def test_a_request_left_open_is_closed_when_a_later_export_shows_it_accepted(
    store: Store, tmp_path: Path
) -> None:
    request = InvitationRow("Rita Recruiter", "", "2/20/26, 4:10 PM", outgoing=False)
    first = {"Invitations.csv": invitations_csv([request], urls=False)}
    import_linkedin(store, write_folder(tmp_path / "february", first))
    assert [r.action for r in store.requests()] == [None]

    later = {
        **first,
        "Connections.csv": connections_csv(
            [ConnectionRow("Rita", "Recruiter", connected_on="22 Feb 2026")], urls=False
        ),
    }
    summary = import_linkedin(store, write_folder(tmp_path / "march", later))

    assert summary.requests_added == 0
    [closed] = store.requests()
    assert (closed.action, closed.handled_at) == (
        RequestAction.ACCEPT,
        datetime(2026, 2, 22).astimezone(),
    )


def test_importing_the_same_export_again_changes_nothing(
    store: Store, export: Path, db_path: Path
) -> None:
    import_linkedin(store, export)
    before = snapshot(db_path)

    again = import_linkedin(store, export)

    assert snapshot(db_path) == before
    assert (again.contacts_added, again.contacts_updated) == (0, 0)
    assert (again.invitations_added, again.requests_added, again.outcomes_updated) == (0, 0, 0)
    assert again.contacts_unchanged == 7


def test_an_export_from_before_2023_is_matched_by_name(store: Store, tmp_path: Path) -> None:
    summary = import_linkedin(store, write_folder(tmp_path / "old", old_export()))

    # Without addresses, the invited Sam Lee can only be taken for the connected one.
    assert (summary.invitations_added, summary.accepted_total) == (6, 5)
    assert (summary.invitations_accepted, summary.invitations_replied) == (3, 2)
    assert summary.contacts_added == 6
    assert _invites(store)["Sam Lee"][0] is Outcome.ACCEPTED
    assert _invites(store)["Grace Hopper"][0] is Outcome.PENDING
    tomas = next(c for c in store.contacts() if c.name == "Tomás Reyes")
    assert (tomas.profile_url, tomas.connected_on) == ("", "2019-11-14")


def test_a_later_export_with_addresses_adds_nothing_twice_and_keeps_names_linked(
    store: Store, tmp_path: Path
) -> None:
    import_linkedin(store, write_folder(tmp_path / "old", old_export()))
    summary = import_linkedin(store, write_folder(tmp_path / "new", current_export()))

    # The invitations are the same ones; only the second Sam Lee is new.
    assert summary.invitations_added == 0
    assert summary.contacts_added == 1
    tomas = next(c for c in store.contacts() if c.name == "Tomás Reyes")
    assert tomas.profile_url == TOMAS  # an empty field filled in by the newer export
