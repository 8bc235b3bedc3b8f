"""Someone with every field filled: the trial render of an imported template, and the
template editor's preview while the user has no contacts of their own."""

from __future__ import annotations

from app.contacts import Contact

EXAMPLE_CONTACT = Contact(
    name="Alex Example",
    company="Example Ltd",
    title="Engineer",
    location="Lisbon",
    industry="Software",
    profile_url="https://www.linkedin.com/in/example",
    email="alex@example.com",
    group="Met once",
    strength=3,
    how_met="at a meetup",
    met_when="last week",
    introduced_by="Sam Lee",
    their_work="your article on testing",
    shared_interests=("chess", "jazz", "hiking"),
    mutual_contacts=("Sam Lee", "Kim Park"),
    notes="Likes short messages.",
    incoming_note="Hi, I enjoyed your talk.",
)
