"""A process that writes to the store until it is killed, saying what it has committed.

    python -m tests.reliability.writer DATABASE steady FIRST_NUMBER
    python -m tests.reliability.writer DATABASE import NAME_PREFIX

`steady` saves contacts, messages and small batches, one transaction each, and prints a
line for each only after its commit returned: `contact N`, `message N`, `batch N SIZE`.
`import` prints `started`, writes one big batch (an import), prints `committed` and waits
to be killed.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

from app.contacts import Contact
from app.store import NewMessage, Store
from app.store.rows import utc

IMPORT_SIZE = 3000
BATCH_SIZE = 40


def steady(store: Store, first: int) -> None:
    anchor = store.add_contact(Contact(name=f"anchor-{first}"))
    for number in itertools.count(first):
        step = number % 3
        if step == 0:
            store.add_contact(Contact(name=f"writer-{number}", notes="x" * (number % 500)))
            print(f"contact {number}", flush=True)
        elif step == 1:
            store.record_message(
                anchor, template="t", kind="invite", channel="email", text=f"message {number}"
            )
            print(f"message {number}", flush=True)
        else:
            with store.batch() as batch:
                batch.add_contacts([Contact(name=f"batch-{number}-{i}") for i in range(BATCH_SIZE)])
            print(f"batch {number} {BATCH_SIZE}", flush=True)


def one_import(store: Store, prefix: str) -> None:
    print("started", flush=True)
    with store.batch() as batch:
        ids = batch.add_contacts([Contact(name=f"{prefix}-{i}") for i in range(IMPORT_SIZE)])
        batch.add_messages(
            [
                NewMessage(
                    contact_id=id_,
                    contact_name=f"{prefix}-{i}",
                    template="",
                    kind="invite",
                    channel="linkedin_note",
                    text=f"{prefix} note {i}",
                    sent_at=utc(None),
                )
                for i, id_ in enumerate(ids)
            ]
        )
    print("committed", flush=True)
    # Wait to be killed, so that every kill lands on a process that is still there.
    time.sleep(600)


def main() -> None:
    database, mode, argument = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    with Store.open(database) as store:
        if mode == "steady":
            steady(store, int(argument))
        else:
            one_import(store, argument)


if __name__ == "__main__":
    main()
