"""Schema step 5: invitations counted by template and by the segment of the person they
went to, kept by triggers, for the recommendations (app/learning/history.py).

Recommending for one contact needs every approach's counts among people like them: their
group, their strength band and whether they live in the user's area. Read from the
messages, that grows with the segment (about 100 ms for 1,250 contacts of a 100,000-row
history); these counts are already grouped. "In the user's area" depends on a setting,
so the table keeps each contact's location as it is and the reader decides which
locations are near.

What the triggers keep: every invitation to a saved contact counted once, under its
template, note or none, outcome, and the contact's current group, strength band (the
lowest strength of the band: 1 for 1-2, 3 for 3-4, 5 for 5, the bands of
app/learning/segments.py) and location. Invitations to nobody saved are not counted: they
belong to no segment. Rows that fall to 0 stay.

Frozen once released, like every schema step: a change to what is counted is a new step
that drops and rebuilds the table.
"""

from __future__ import annotations

import sqlite3

TABLE = "tally_by_segment"

_CREATE = f"""
    CREATE TABLE {TABLE} (
        group_name TEXT NOT NULL,
        band INTEGER NOT NULL,
        location TEXT NOT NULL,
        template TEXT NOT NULL,
        no_note INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (group_name, band, location, template, no_note, outcome)
    ) WITHOUT ROWID
"""


def band_sql(strength: str) -> str:
    """The band of `strength` (SQL) as the table keys it."""
    return f"CASE WHEN {strength} <= 2 THEN 1 WHEN {strength} <= 4 THEN 3 ELSE 5 END"


_KEY = "group_name, band, location, template, no_note, outcome"


def _key_of(message: str) -> str:
    """The key of invitation `message` (new, old or an alias) sent to contact `c`."""
    return (
        f"c.group_name, {band_sql('c.strength')}, c.location,"
        f" {message}.template, {message}.text = '', {message}.outcome"
    )


def _count_in(row: str) -> str:
    return (
        f"INSERT INTO {TABLE} ({_KEY}, n) SELECT {_key_of(row)}, 1 FROM contacts c"
        f" WHERE c.id = {row}.contact_id AND {row}.kind = 'invite'"
        " ON CONFLICT DO UPDATE SET n = n + 1;"
    )


def _count_out(row: str) -> str:
    return (
        f"UPDATE {TABLE} SET n = n - 1 WHERE {row}.kind = 'invite' AND ({_KEY}) ="
        f" (SELECT {_key_of(row)} FROM contacts c WHERE c.id = {row}.contact_id);"
    )


# The invitations of contact `old.id` counted under the contact's old segment.
_TAKE_OUT = (
    f"UPDATE {TABLE} SET n = n - (SELECT count(*) FROM messages m"
    " WHERE m.contact_id = old.id AND m.kind = 'invite'"
    f" AND m.template = {TABLE}.template AND (m.text = '') = {TABLE}.no_note"
    f" AND m.outcome = {TABLE}.outcome)"
    f" WHERE (group_name, band, location) ="
    f" (old.group_name, {band_sql('old.strength')}, old.location);"
)
# ... and counted again under its new one.
_PUT_IN = (
    f"INSERT INTO {TABLE} ({_KEY}, n)"
    f" SELECT new.group_name, {band_sql('new.strength')}, new.location,"
    " m.template, m.text = '', m.outcome, count(*) FROM messages m"
    " WHERE m.contact_id = old.id AND m.kind = 'invite' GROUP BY 4, 5, 6"
    " ON CONFLICT DO UPDATE SET n = n + excluded.n;"
)

_TRIGGERS = (
    f"CREATE TRIGGER messages_segment_insert AFTER INSERT ON messages BEGIN {_count_in('new')} END",
    f"CREATE TRIGGER messages_segment_delete AFTER DELETE ON messages"
    f" BEGIN {_count_out('old')} END",
    "CREATE TRIGGER messages_segment_update"
    " AFTER UPDATE OF kind, template, outcome, text, contact_id ON messages"
    f" BEGIN {_count_out('old')} {_count_in('new')} END",
    "CREATE TRIGGER contacts_segment_move AFTER UPDATE OF group_name, strength, location"
    " ON contacts WHEN old.group_name IS NOT new.group_name"
    f" OR {band_sql('old.strength')} IS NOT {band_sql('new.strength')}"
    f" OR old.location IS NOT new.location BEGIN {_TAKE_OUT} {_PUT_IN} END",
    # Before the delete: ON DELETE SET NULL then updates the messages, when the contact
    # row is already gone, so messages_segment_update finds nothing to take out.
    f"CREATE TRIGGER contacts_segment_delete BEFORE DELETE ON contacts BEGIN {_TAKE_OUT} END",
)


def recount_segments(connection: sqlite3.Connection) -> None:
    """Count every invitation into the table afresh (inside the caller's transaction)."""
    connection.execute(f"DELETE FROM {TABLE}")
    connection.execute(
        f"INSERT INTO {TABLE} ({_KEY}, n) SELECT {_key_of('m')}, count(*)"
        " FROM messages m JOIN contacts c ON c.id = m.contact_id"
        " WHERE m.kind = 'invite' GROUP BY 1, 2, 3, 4, 5, 6"
    )


def add_segment_tallies(connection: sqlite3.Connection) -> None:
    """Schema step 5: the table, its triggers, and the history so far counted into it."""
    for statement in (_CREATE, *_TRIGGERS):
        connection.execute(statement)
    recount_segments(connection)
