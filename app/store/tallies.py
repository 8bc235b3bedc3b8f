"""Schema step 4: counts of the history kept up to date by triggers, for the statistics.

Reading 100,000 messages, even through covering indexes, takes a statistics view well
past 100 ms. These tables hold the same counts already grouped, a few hundred rows in
all, and SQLite triggers keep them right on every insert, update and delete of a
message (and on every change of a contact's group or strength, which the breakdown by
group follows), whoever writes the file. `app/stats/breakdowns.py` reads them.

What the triggers keep: every message counted once in each table, under its current
values. Messages to nobody saved (contact deleted, or never saved) count with
`saved = 0`, group '' and strength 0. A score is kept as its band's lowest score (-1:
unscored), the bands of `app/stats/breakdowns.SCORE_BANDS`. Rows that fall to 0 stay.

Like every schema step, this one is frozen once released: a change to what is counted,
or to the score bands, is a new step that drops and rebuilds these tables.
"""

from __future__ import annotations

import sqlite3

TABLES = ("tally_by_template", "tally_by_month", "tally_by_group", "tally_hours_to_accept")

_TABLES = (
    """
    CREATE TABLE tally_by_template (
        kind TEXT NOT NULL,
        template TEXT NOT NULL,
        outcome TEXT NOT NULL,
        band INTEGER NOT NULL,
        no_note INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (kind, template, outcome, band, no_note)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE tally_by_month (
        month TEXT NOT NULL,
        invite INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, invite, outcome)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE tally_by_group (
        saved INTEGER NOT NULL,
        group_name TEXT NOT NULL,
        strength INTEGER NOT NULL,
        invite INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (saved, group_name, strength, invite, outcome)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE tally_hours_to_accept (
        hours INTEGER PRIMARY KEY,
        n INTEGER NOT NULL
    )
    """,
)


def _band(score: str) -> str:
    return (
        f"CASE WHEN {score} IS NULL THEN -1 WHEN {score} < 40 THEN 0"
        f" WHEN {score} < 70 THEN 40 ELSE 70 END"
    )


def _contact(column: str, contact_id: str, missing: str) -> str:
    return f"coalesce((SELECT {column} FROM contacts WHERE id = {contact_id}), {missing})"


# Each table: its key columns, the key of a message row `r` (SQL with {r} for "new",
# "old" or a table alias), and which messages it counts.
_KEYS: dict[str, tuple[str, str, str]] = {
    "tally_by_template": (
        "kind, template, outcome, band, no_note",
        "{r}.kind, {r}.template, {r}.outcome, " + _band("{r}.score") + ", {r}.text = ''",
        "1",
    ),
    "tally_by_month": (
        "month, invite, outcome",
        "substr({r}.sent_at, 1, 7), {r}.kind = 'invite', {r}.outcome",
        "1",
    ),
    "tally_by_group": (
        "saved, group_name, strength, invite, outcome",
        "EXISTS (SELECT 1 FROM contacts WHERE id = {r}.contact_id), "
        + _contact("group_name", "{r}.contact_id", "''")
        + ", "
        + _contact("strength", "{r}.contact_id", "0")
        + ", {r}.kind = 'invite', {r}.outcome",
        "1",
    ),
    "tally_hours_to_accept": (
        "hours",
        "max(0, CAST((julianday({r}.accepted_at) - julianday({r}.sent_at)) * 24 AS INTEGER))",
        "{r}.kind = 'invite' AND {r}.outcome IN ('accepted', 'replied')"
        " AND {r}.accepted_at IS NOT NULL",
    ),
}


def _count_in(row: str) -> list[str]:
    return [
        f"INSERT INTO {table} ({columns}, n) SELECT {key.format(r=row)}, 1"
        f" WHERE {where.format(r=row)} ON CONFLICT DO UPDATE SET n = n + 1;"
        for table, (columns, key, where) in _KEYS.items()
    ]


def _count_out(row: str) -> list[str]:
    return [
        f"UPDATE {table} SET n = n - 1 WHERE {where.format(r=row)}"
        f" AND ({columns}) = ({key.format(r=row)});"
        for table, (columns, key, where) in _KEYS.items()
    ]


def _trigger(name: str, event: str, body: list[str], when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return f"CREATE TRIGGER {name} {event}{condition} BEGIN {' '.join(body)} END"


# The columns any key above reads.
_COUNTED = "kind, template, outcome, score, text, sent_at, contact_id, accepted_at"


def _move_contact(old_key: str, new_key: str) -> list[str]:
    """Move the contact `old.id`'s messages in tally_by_group from one (saved,
    group_name, strength) to another, given as SQL over `old` and `new`."""
    counts = (
        "(SELECT count(*) FROM messages m WHERE m.contact_id = old.id"
        " AND (m.kind = 'invite') = tally_by_group.invite"
        " AND m.outcome = tally_by_group.outcome)"
    )
    return [
        f"UPDATE tally_by_group SET n = n - {counts}"
        f" WHERE (saved, group_name, strength) = ({old_key});",
        "INSERT INTO tally_by_group (saved, group_name, strength, invite, outcome, n)"
        f" SELECT {new_key}, kind = 'invite', outcome, count(*) FROM messages"
        " WHERE contact_id = old.id GROUP BY 4, 5"
        " ON CONFLICT DO UPDATE SET n = n + excluded.n;",
    ]


_TRIGGERS = (
    _trigger("messages_tally_insert", "AFTER INSERT ON messages", _count_in("new")),
    _trigger("messages_tally_delete", "AFTER DELETE ON messages", _count_out("old")),
    _trigger(
        "messages_tally_update",
        f"AFTER UPDATE OF {_COUNTED} ON messages",
        _count_out("old") + _count_in("new"),
    ),
    _trigger(
        "contacts_tally_regroup",
        "AFTER UPDATE OF group_name, strength ON contacts",
        _move_contact("1, old.group_name, old.strength", "1, new.group_name, new.strength"),
        when="old.group_name IS NOT new.group_name OR old.strength IS NOT new.strength",
    ),
    # Before the delete: the messages' contact_id is then set to NULL (ON DELETE SET
    # NULL), and by that time the contact row is gone, so messages_tally_update finds
    # both the old and the new key "nobody saved", which is where this moved them.
    _trigger(
        "contacts_tally_delete",
        "BEFORE DELETE ON contacts",
        _move_contact("1, old.group_name, old.strength", "0, '', 0"),
    ),
)


def recount(connection: sqlite3.Connection) -> None:
    """Count the whole history into the tallies afresh (inside the caller's transaction)."""
    for table, (columns, key, where) in _KEYS.items():
        connection.execute(f"DELETE FROM {table}")
        connection.execute(
            f"INSERT INTO {table} ({columns}, n) SELECT {key.format(r='m')}, count(*)"
            f" FROM messages m WHERE {where.format(r='m')}"
            f" GROUP BY {', '.join(str(n + 1) for n in range(columns.count(',') + 1))}"
        )


def add_tallies(connection: sqlite3.Connection) -> None:
    """Schema step 4: create the tables and their triggers, and count the history so far."""
    for statement in (*_TABLES, *_TRIGGERS):
        connection.execute(statement)
    recount(connection)
