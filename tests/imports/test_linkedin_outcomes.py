"""Outcomes over time: a later export settles what was pending; an invitation sent again
counts once; a connection older than the invitation did not accept it."""

from __future__ import annotations

from pathlib import Path

from app.importers import import_linkedin
from app.store import Outcome, Store
from tests.imports.builders import (
    ConnectionRow,
    InvitationRow,
    MessageRow,
    connections_csv,
    invitations_csv,
    messages_csv,
    write_folder,
)

GRACE = "https://www.linkedin.com/in/grace-h"
ADA = "https://www.linkedin.com/in/ada"


def _export(folder: Path, connections: list[ConnectionRow], **files: bytes) -> Path:
    invitations = [
        InvitationRow("Grace Hopper", GRACE, "3/1/26, 8:00 AM", "Hi Grace"),
        InvitationRow("Ada Lovelace", ADA, "1/2/26, 8:00 AM"),
        InvitationRow("Ada Lovelace", ADA, "2/2/26, 8:00 AM", "Second try, with a note"),
    ]
    return write_folder(
        folder,
        {
            "Connections.csv": connections_csv(connections),
            "Invitations.csv": invitations_csv(invitations),
            **files,
        },
    )


def _outcomes(store: Store) -> list[tuple[str, str, Outcome]]:
    return sorted((m.contact_name, m.text, m.outcome) for m in store.messages())


def test_a_later_export_settles_invitations_that_were_pending(store: Store, tmp_path: Path) -> None:
    import_linkedin(store, _export(tmp_path / "march", []))
    assert {outcome for *_, outcome in _outcomes(store)} == {Outcome.PENDING}

    later = _export(
        tmp_path / "april",
        [ConnectionRow("Grace", "Hopper", GRACE + "/", connected_on="03 Mar 2026")],
        **{"messages.csv": messages_csv([MessageRow("Grace Hopper", GRACE, "2026-03-04", "Hi!")])},
    )
    summary = import_linkedin(store, later)

    assert (summary.invitations_added, summary.outcomes_updated) == (0, 1)
    assert ("Grace Hopper", "Hi Grace", Outcome.REPLIED) in _outcomes(store)
    # Settled once, an outcome is not touched by another import of the same export.
    assert import_linkedin(store, later).outcomes_updated == 0


def test_an_outcome_the_user_set_is_kept(store: Store, tmp_path: Path) -> None:
    import_linkedin(store, _export(tmp_path / "march", []))
    grace = next(m for m in store.messages() if m.contact_name == "Grace Hopper")
    store.set_outcome(grace.id, Outcome.DECLINED)

    later = _export(tmp_path / "april", [ConnectionRow("Grace", "Hopper", GRACE)])
    assert import_linkedin(store, later).outcomes_updated == 0
    assert next(m for m in store.messages() if m.id == grace.id).outcome is Outcome.DECLINED


def test_an_invitation_sent_twice_is_accepted_once(store: Store, tmp_path: Path) -> None:
    export = _export(
        tmp_path / "x", [ConnectionRow("Ada", "Lovelace", ADA, connected_on="3 Feb 2026")]
    )
    summary = import_linkedin(store, export)

    assert summary.invitations_accepted == 1
    ada = [(text, outcome) for name, text, outcome in _outcomes(store) if name == "Ada Lovelace"]
    assert sorted(ada) == [("", Outcome.PENDING), ("Second try, with a note", Outcome.ACCEPTED)]


def test_a_connection_made_long_before_the_invitation_is_not_its_acceptance(
    store: Store, tmp_path: Path
) -> None:
    export = _export(
        tmp_path / "x", [ConnectionRow("Grace", "Hopper", GRACE, connected_on="01 Jan 2020")]
    )
    assert import_linkedin(store, export).invitations_accepted == 0
    assert ("Grace Hopper", "Hi Grace", Outcome.PENDING) in _outcomes(store)


def test_invitations_alone_are_imported_as_pending(store: Store, tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "basic",
        {
            "Invitations.csv": invitations_csv(
                [InvitationRow("Grace Hopper", GRACE, "3/1/26, 8:00 AM")]
            )
        },
    )
    summary = import_linkedin(store, folder)
    assert (summary.invitations_added, summary.contacts_added) == (1, 1)
    assert _outcomes(store) == [("Grace Hopper", "", Outcome.PENDING)]
