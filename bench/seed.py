"""Fill a data folder with realistic synthetic contacts and history, for the benchmarks.

    .venv/bin/python bench/seed.py DATA_DIR --contacts 10000 --history 100000 [--seed 1]

Contacts carry names in many scripts, companies, titles, places, groups, relationship
strengths and keep-in-touch cadences; the history holds messages rendered from the
built-in templates (and some generic ones written without a template, and invitations
sent without a note) over two years, with outcomes that depend on how personal the
message was, the checker's scores, and incoming connection requests, some handled.
The same --seed and --until give the same data. Everything is written through
`Store.batch()` in one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import paths
from app.checker import Checker
from app.contacts import DEFAULT_GROUPS, Contact
from app.library.templates import Kind, Template, load_library
from app.rendering.renderer import render_here, template_variables, used_names
from app.store import NewMessage, NewRequest, Outcome, RequestAction, Store
from bench import seed_vocabulary as words

SPAN_DAYS = 730
# Share of each kind of message in the history; invitations dominate, as they do for
# people who network deliberately.
KIND_WEIGHTS = {
    Kind.INVITE: 45,
    Kind.THANKS: 12,
    Kind.FOLLOW_UP: 15,
    Kind.COFFEE: 8,
    Kind.DECLINE: 5,
    Kind.RECRUITER_REPLY: 5,
    Kind.INTRO: 10,
}
GROUP_STRENGTH = {
    "Friends": (1, 2),
    "Former colleagues": (2, 3),
    "Clients": (2, 4),
    "Recruiters": (4, 5),
    "Vendors": (3, 5),
    "Met once": (4, 4),
    "Never met": (5, 5),
    "Climbing club": (2, 4),  # one of the user's own groups
}
GROUPS = (*DEFAULT_GROUPS, "Climbing club")
# Values of the fields a template may ask for that are not the contact's.
DETAILS = {
    "topic": words.TOPICS,
    "role": words.ROLES,
    "intro_name": ("Miriam Cohen", "Kenji Tanaka", "Amara Mensah"),
    "target_name": ("Dmitri Petrov", "Léa Dubois"),
    "intro_reason": words.INTRO_REASONS,
    "my_topics": words.OWN_TOPICS,
}
MY_NAME = "Sam Rivera"
_TOKEN = re.compile("\x02([a-z_]+[0-9]?)\x03")


@dataclass(frozen=True)
class Summary:
    contacts: int
    messages: int
    requests: int
    seconds: float
    database: Path

    def as_dict(self) -> dict[str, Any]:
        return {
            "contacts": self.contacts,
            "messages": self.messages,
            "requests": self.requests,
            "seconds": round(self.seconds, 2),
            "database_mb": round(self.database.stat().st_size / 1e6, 1),
        }


def make_contact(rng: random.Random, number: int, incoming_note: str = "") -> Contact:
    firsts, lasts = rng.choice(words.NAMES)
    first, last = rng.choice(firsts), rng.choice(lasts)
    group = rng.choice(GROUPS)
    low, high = GROUP_STRENGTH[group]
    met = group not in ("Never met", "Recruiters") or rng.random() < 0.2
    slug = f"{number}-{rng.randrange(16**6):06x}"
    title = rng.choice(words.TITLES)
    if group == "Recruiters":
        title = rng.choice(("Technical Recruiter", "Talent Acquisition Partner"))
    return Contact(
        name=f"{first} {last}",
        company=rng.choice(words.COMPANIES),
        title=title,
        location=rng.choice(words.LOCATIONS),
        industry=rng.choice(words.INDUSTRIES),
        profile_url=f"https://www.linkedin.com/in/{slug}" if rng.random() < 0.8 else "",
        email=f"person{number}@example.com" if rng.random() < 0.3 else "",
        group=group,
        strength=rng.randint(low, high),
        how_met=rng.choice(words.EVENTS) if met else "",
        met_when=rng.choice(words.WHEN) if met else "",
        introduced_by=rng.choice(("Miriam Cohen", "Bo Chen")) if rng.random() < 0.1 else "",
        their_work=rng.choice(words.WORK) if rng.random() < 0.5 else "",
        shared_interests=tuple(rng.sample(words.INTERESTS, rng.choice((0, 0, 1, 2, 3)))),
        mutual_contacts=tuple(rng.sample(("Bo Chen", "Miriam Cohen", "Ola"), rng.randint(0, 2))),
        notes=f"Talked about {rng.choice(words.TOPICS)}." if rng.random() < 0.4 else "",
        incoming_note=incoming_note,
        cadence_days=rng.choice((None, None, None, 30, 90, 180, 365)),
        connected_on=(date(2024, 1, 1) + timedelta(days=rng.randrange(700))).isoformat()
        if rng.random() < 0.6
        else "",
    )


class MessageWriter:
    """Renders templates fast: each (template, shape of the contact) once, with markers in
    place of the values, then fills the markers per message. Rendering 100,000 messages
    through Jinja one by one would take a quarter of a minute."""

    def __init__(self, templates: Sequence[Template], checker: Checker) -> None:
        self._by_kind: dict[Kind, list[Template]] = {}
        for template in templates:
            self._by_kind.setdefault(template.kind, []).append(template)
        self._checker = checker
        self._shapes: dict[tuple[Any, ...], tuple[str, int]] = {}
        self._free_scores: dict[int, int] = {}
        self._names: dict[str, set[str]] = {}
        self._contact_variables: dict[int | None, dict[str, Any]] = {}

    def _used(self, template: Template) -> set[str]:
        if template.name not in self._names:
            self._names[template.name] = used_names(template.body)
        return self._names[template.name]

    def templates_for(self, kind: Kind, contact: Contact) -> list[Template]:
        known = self._variables(contact).keys() | DETAILS.keys()
        return [t for t in self._by_kind.get(kind, []) if all(r in known for r in t.requires)]

    def _variables(self, contact: Contact) -> dict[str, Any]:
        # A person gets about ten messages; their fields are worked out once.
        if contact.id not in self._contact_variables:
            self._contact_variables[contact.id] = template_variables(contact, my_name=MY_NAME)
        return self._contact_variables[contact.id]

    def write(
        self, template: Template, contact: Contact, rng: random.Random
    ) -> tuple[str, int | None]:
        """The message text and a personalisation score near the checker's."""
        details = {name: rng.choice(values) for name, values in DETAILS.items()}
        used = self._used(template)
        variables = {**self._variables(contact), **details}
        values = {k: v for k, v in variables.items() if k in used}
        shape = (template.name, *sorted((k, _list_size(v)) for k, v in values.items()))
        if shape not in self._shapes:
            markers = {k: _marker(k, v) for k, v in values.items()}
            pattern = render_here(template.body, markers)
            text = _fill(pattern, values)
            report = self._checker.check(
                text, kind=template.kind.value, channel=template.channel, contact=contact
            )
            self._shapes[shape] = (pattern, report.score)
        pattern, score = self._shapes[shape]
        return _fill(pattern, values), _jitter(score, rng)

    def free_text(self, contact: Contact, rng: random.Random) -> tuple[str, int | None]:
        choice = rng.randrange(len(words.FREE_TEXTS))
        text = words.FREE_TEXTS[choice].format(
            first=contact.given_name, company=contact.company or "your company"
        )
        if choice not in self._free_scores:
            self._free_scores[choice] = self._checker.check(text, contact=contact).score
        return text, _jitter(self._free_scores[choice], rng)


def _list_size(value: Any) -> int:
    return len(value) if isinstance(value, list) else -1


def _marker(name: str, value: Any) -> Any:
    if isinstance(value, list):
        return [f"\x02{name}{index}\x03" for index in range(len(value))]
    if isinstance(value, int):
        return value
    return f"\x02{name}\x03"


def _fill(pattern: str, values: dict[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        key = match.group(1)
        if key[-1].isdigit() and isinstance(values.get(key[:-1]), list):
            return str(values[key[:-1]][int(key[-1])])
        return str(values[key])

    return _TOKEN.sub(value, pattern)


def _jitter(score: int, rng: random.Random) -> int:
    return max(0, min(100, round(rng.gauss(score, 6))))


def _outcome(
    kind: Kind, score: int | None, sent: datetime, until: datetime, rng: random.Random
) -> tuple[Outcome, datetime | None]:
    """Personal invitations are accepted more often; recent ones may still be pending."""
    delay = timedelta(hours=rng.uniform(1, 24 * 20))
    if sent + delay > until or ((until - sent).days < 21 and rng.random() < 0.6):
        return Outcome.PENDING, None
    if kind is Kind.INVITE:
        accept = 0.25 + 0.5 * (score if score is not None else 20) / 100
        roll = rng.random()
        if roll < accept:
            return (Outcome.REPLIED if rng.random() < 0.3 else Outcome.ACCEPTED), sent + delay
        return (Outcome.DECLINED if roll < accept + 0.1 else Outcome.NO_ANSWER), sent + delay
    return (Outcome.REPLIED if rng.random() < 0.45 else Outcome.NO_ANSWER), sent + delay


def _history(
    rng: random.Random,
    contacts: list[Contact],
    count: int,
    writer: MessageWriter,
    until: datetime,
) -> list[NewMessage]:
    # A few people get many messages, most get a few: weights from a Pareto distribution.
    weights = [rng.paretovariate(1.4) for _ in contacts]
    chosen = rng.choices(contacts, weights=weights, k=count) if contacts else []
    kinds, kind_weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    messages = []
    for contact in chosen:
        kind = rng.choices(kinds, weights=kind_weights)[0]
        sent = until - timedelta(seconds=rng.uniform(0, SPAN_DAYS * 86400))
        candidates = writer.templates_for(kind, contact)
        roll = rng.random()
        template_name, channel = "", "linkedin_note"
        if kind is Kind.INVITE and roll < 0.08:
            text, score = "", None  # an invitation sent without a note
        elif (kind is Kind.INVITE and roll < 0.2) or not candidates:
            text, score = writer.free_text(contact, rng)
            channel = "linkedin_note" if kind is Kind.INVITE else "linkedin_message"
        else:
            template = rng.choice(candidates)
            text, score = writer.write(template, contact, rng)
            template_name, channel = template.name, template.channel.value
        outcome, outcome_at = _outcome(kind, score, sent, until, rng)
        messages.append(
            NewMessage(
                contact_id=contact.id,
                contact_name=contact.name,
                template=template_name,
                kind=kind.value,
                channel=channel,
                text=text,
                sent_at=sent,
                outcome=outcome,
                outcome_at=outcome_at,
                score=score,
            )
        )
    return messages


def _request_note(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(words.STOCK_NOTES)
    if roll < 0.7:
        return rng.choice(words.PERSONAL_NOTES)
    return ""


def _action(note: str, rng: random.Random) -> RequestAction:
    if note in words.STOCK_NOTES:
        return rng.choice((RequestAction.DECLINE, RequestAction.DECLINE, RequestAction.ACCEPT))
    if note:
        return rng.choice(
            (RequestAction.REPLY_COFFEE, RequestAction.REPLY_FOLLOW, RequestAction.ACCEPT_AND_THANK)
        )
    return rng.choice((RequestAction.ACCEPT, RequestAction.DECLINE))


def seed(
    data_dir: Path,
    contacts: int,
    history: int,
    *,
    requests: int | None = None,
    seed_value: int = 1,
    until: datetime | None = None,
) -> Summary:
    """Write the synthetic data into the (empty) data folder `data_dir`."""
    started = time.perf_counter()
    os.environ["RAPPORT_HOME"] = str(data_dir)
    database = paths.database_path()
    if database.exists() and database.stat().st_size:
        raise SystemExit(f"{database} already exists: seed into an empty folder.")
    rng = random.Random(seed_value)
    until = until or datetime.combine(date.today(), datetime.min.time(), UTC)
    requests = contacts // 10 if requests is None else min(requests, contacts)
    noted = set(rng.sample(range(contacts), requests))
    notes = {index: _request_note(rng) for index in sorted(noted)}
    people = [make_contact(rng, n, notes.get(n, "")) for n in range(contacts)]
    writer = MessageWriter(
        load_library(user_dir=data_dir / "no-user-templates").templates, Checker.load()
    )
    handled: list[tuple[int, RequestAction, datetime]] = []  # (contact id, action, when)
    with Store.open(database) as store:
        with store.batch() as batch:
            ids = batch.add_contacts(people)
            saved = [person.replace(id=id_) for person, id_ in zip(people, ids, strict=True)]
            batch.add_messages(_history(rng, saved, history, writer, until))
            incoming = []
            for index in sorted(noted):
                received = until - timedelta(seconds=rng.uniform(0, SPAN_DAYS * 86400))
                incoming.append(NewRequest(ids[index], people[index].name, notes[index], received))
                if (until - received).days > 14 and rng.random() < 0.85:
                    when = received + timedelta(days=2)
                    handled.append((ids[index], _action(notes[index], rng), when))
            batch.add_requests(incoming)
        # Handling a request has no batch form; one transaction each is fine for these.
        # Each person sent at most one request.
        by_contact = {r.contact_id: r.id for r in store.requests()}
        for contact_id, action, at in handled:
            store.set_request_action(by_contact[contact_id], action, at)
    return Summary(contacts, history, requests, time.perf_counter() - started, database)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, metavar="DATA_DIR")
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--history", type=int, default=100_000, help="messages sent")
    parser.add_argument("--requests", type=int, help="incoming requests (default: 1 in 10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--until", type=date.fromisoformat, help="last day (default: today)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    until = datetime.combine(args.until, datetime.min.time(), UTC) if args.until else None
    args.data_dir.mkdir(parents=True, exist_ok=True)
    summary = seed(
        args.data_dir.resolve(),
        args.contacts,
        args.history,
        requests=args.requests,
        seed_value=args.seed,
        until=until,
    )
    if args.json:
        print(json.dumps(summary.as_dict()))
    else:
        figures = summary.as_dict()
        print(
            f"seeded {figures['contacts']:,} contacts, {figures['messages']:,} messages, "
            f"{figures['requests']:,} requests into {summary.database} "
            f"({figures['database_mb']} MB) in {figures['seconds']} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
