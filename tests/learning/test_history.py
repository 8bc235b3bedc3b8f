"""What the model reads for one contact's segment: invitations to people of the same
group, strength band and area, by approach; the ones still inside the pending window
left out, older pending ones counted as not accepted."""

from __future__ import annotations

from app.learning.history import Approach, Counts, read_history
from app.learning.segments import Segment
from app.stats.outcomes import cutoff_text
from app.store import Outcome
from tests.stats.conftest import NOW, History

MET = Approach("invite-met-at-event", True)
BARE = Approach("", False)


def test_the_segment_counts_only_people_like_the_contact(history: History) -> None:
    near = history.contact("Ana", group="Met once", strength=3, location="Lisbon, Portugal")
    also_near = history.contact("Bo", group="Met once", strength=4, location="Lisbon")
    far = history.contact("Cy", group="Met once", strength=4, location="Oslo")
    closer = history.contact("Di", group="Met once", strength=2, location="Lisbon")
    history.send(near, Outcome.ACCEPTED, count=3).send(also_near, Outcome.REPLIED)
    history.send(also_near, Outcome.DECLINED, template="", text="")
    history.send(near, Outcome.PENDING, days_ago=60)  # past the window: not accepted
    history.send(near, Outcome.PENDING, days_ago=2)  # still waiting: left out
    history.send(far, Outcome.ACCEPTED, count=5).send(closer, Outcome.ACCEPTED, count=7)
    history.write()

    def lisbon(location: str) -> bool:
        return "Lisbon" in location

    segment = Segment("Met once", "acquainted", True)
    read = read_history(history.store, cutoff_text(NOW, 21), segment, lisbon)

    assert read.cells == {MET: Counts(5, 4, 1), BARE: Counts(1, 0, 0)}
    assert read.pending == 1
    assert read.approaches[MET] == Counts(17, 16, 1)

    # The contact moves away: their invitations go with them.
    history.store.update_contact(near.replace(location="Oslo"))
    read = read_history(history.store, cutoff_text(NOW, 21), segment, lisbon)
    assert read.cells == {MET: Counts(1, 1, 1), BARE: Counts(1, 0, 0)}
