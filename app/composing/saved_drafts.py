"""Unsent drafts, kept on disk as they are typed, so a crash or a closed window loses
nothing: one small JSON file per contact in `<data folder>/drafts/`.

Each write goes to a temporary file that is flushed to disk and then renamed over the
old one, so a process killed mid-write leaves the previous draft or the new one, never
half of one. A file that cannot be read is moved aside (never deleted: it may hold the
only copy of what the user wrote) and reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.safe_io.writing import write_text_atomically
from app.sentences import QT_TRANSLATE_NOOP, SaidError, Sentence

# Version 2 keeps the message the user edited ("text"); version 1 kept an edited copy of
# the template's source ("source"), which is read back and rendered once more.
FORMAT_VERSION = 2
_VERSIONS = (1, 2)
_FILE_NAME = re.compile(r"contact-(\d+)\.json")


class DraftError(SaidError):
    """A draft could not be saved or read; the sentence says which file and why."""


class _NotADraft(SaidError):
    """A draft file's JSON is not a draft; the sentence says what is wrong with it."""


@dataclass(frozen=True)
class DraftContent:
    """What brings a message back: the template it started from, the message as the user
    edited it (None while it follows the template), the details typed for the message, and
    contact fields filled in for this message alone (`gaps`). `template_source` is an
    edited template text from a draft of format 1, to be rendered when it comes back."""

    template: str
    text: str | None = None
    details: Mapping[str, str] = field(default_factory=dict)
    gaps: Mapping[str, str] = field(default_factory=dict)
    template_source: str | None = None

    @property
    def blank(self) -> bool:
        """Nothing typed: the template as it is, with no details or gaps filled in."""
        values = [*self.details.values(), *self.gaps.values()]
        edited = self.text is not None or self.template_source is not None
        return not edited and not any(value.strip() for value in values)


@dataclass(frozen=True)
class SavedDraft:
    """A draft as kept on disk: for whom, what, and when it was last saved."""

    contact_id: int
    contact_name: str
    content: DraftContent
    saved_at: datetime = field(default_factory=lambda: datetime.now(UTC))


class DraftFolder:
    """The drafts folder. Only the thread that owns the composer uses it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, contact_id: int) -> Path:
        return self.folder / f"contact-{contact_id}.json"

    def contact_ids(self) -> set[int]:
        """Contacts with a draft waiting; an unreadable folder holds none."""
        try:
            names = [entry.name for entry in self.folder.iterdir()]
        except OSError:
            return set()
        return {int(match[1]) for name in names if (match := _FILE_NAME.fullmatch(name))}

    def save(self, draft: SavedDraft) -> None:
        path = self.path_for(draft.contact_id)
        data = {
            "version": FORMAT_VERSION,
            "contact_id": draft.contact_id,
            "contact_name": draft.contact_name,
            "template": draft.content.template,
            "text": draft.content.text,
            "details": dict(draft.content.details),
            "gaps": dict(draft.content.gaps),
            "saved_at": draft.saved_at.astimezone(UTC).isoformat(),
        }
        try:
            write_text_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise DraftError(
                QT_TRANSLATE_NOOP(
                    "DraftError", "Your draft to {name} could not be saved to {path}: {error}"
                )(name=draft.contact_name, path=path, error=exc.strerror or exc)
            ) from exc

    def load(self, contact_id: int) -> SavedDraft | None:
        """The contact's draft, or None when there is none. An unreadable file is moved
        aside and reported with a DraftError, so the next start does not trip on it."""
        path = self.path_for(contact_id)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise self._set_aside(path, str(exc)) from exc
        try:
            return _parse(json.loads(text), contact_id)
        except json.JSONDecodeError as exc:
            line = QT_TRANSLATE_NOOP("DraftError", "line {line}: {problem}")
            raise self._set_aside(path, line(line=exc.lineno, problem=exc.msg)) from exc
        except KeyError as exc:
            missing = QT_TRANSLATE_NOOP("DraftError", "'{key}' is missing")
            raise self._set_aside(path, missing(key=exc.args[0])) from exc
        except _NotADraft as exc:
            raise self._set_aside(path, exc.sentence) from exc
        except (TypeError, ValueError) as exc:
            raise self._set_aside(path, str(exc)) from exc

    def delete(self, contact_id: int) -> None:
        """Forget the contact's draft (sent, or reset to the template)."""
        try:
            self.path_for(contact_id).unlink(missing_ok=True)
        except OSError as exc:
            raise DraftError(
                QT_TRANSLATE_NOOP(
                    "DraftError", "The saved draft {path} could not be removed: {error}"
                )(path=self.path_for(contact_id), error=exc.strerror or exc)
            ) from exc

    def _set_aside(self, path: Path, reason: Sentence | str) -> DraftError:
        """Move the unreadable file aside; `reason` is Rapport's sentence, or the words of
        the system or of the JSON reader, quoted."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.unreadable-{stamp}")
        number = 1
        while aside.exists():  # two in one second: keep both
            number += 1
            aside = path.with_name(f"{path.name}.unreadable-{stamp}-{number}")
        try:
            path.replace(aside)
        except OSError as exc:
            return DraftError(
                QT_TRANSLATE_NOOP(
                    "DraftError",
                    "The saved draft {path} could not be read ({reason}), nor moved aside "
                    "({error}); it was left as it is.",
                )(path=path, reason=reason, error=exc.strerror or exc)
            )
        return DraftError(
            QT_TRANSLATE_NOOP(
                "DraftError",
                "The saved draft {path} could not be read ({reason}); it was kept as "
                "{name} in the same folder.",
            )(path=path, reason=reason, name=aside.name)
        )


def _parse(data: Any, contact_id: int) -> SavedDraft:
    if not isinstance(data, dict):
        raise _NotADraft(QT_TRANSLATE_NOOP("DraftError", "it does not hold a draft")())
    version = data.get("version")
    if version not in _VERSIONS:
        raise _NotADraft(
            QT_TRANSLATE_NOOP("DraftError", "unknown format version {version}")(
                version=repr(version)
            )
        )
    if data.get("contact_id") != contact_id:
        raise _NotADraft(QT_TRANSLATE_NOOP("DraftError", "it belongs to another contact")())
    edited = data["text" if version == FORMAT_VERSION else "source"]
    if edited is not None and not isinstance(edited, str):
        raise _NotADraft(QT_TRANSLATE_NOOP("DraftError", "its text is not text")())
    saved_at = datetime.fromisoformat(_text(data, "saved_at"))
    if saved_at.tzinfo is None:
        raise _NotADraft(QT_TRANSLATE_NOOP("DraftError", "its time has no time zone")())
    return SavedDraft(
        contact_id=contact_id,
        contact_name=_text(data, "contact_name"),
        content=DraftContent(
            template=_text(data, "template"),
            text=edited if version == FORMAT_VERSION else None,
            details=_texts(data, "details"),
            gaps=_texts(data, "gaps"),
            template_source=None if version == FORMAT_VERSION else edited,
        ),
        saved_at=saved_at,
    )


def _text(data: dict[str, Any], key: str) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise _NotADraft(QT_TRANSLATE_NOOP("DraftError", "'{key}' is not text")(key=key))
    return value


def _texts(data: dict[str, Any], key: str) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise _NotADraft(
            QT_TRANSLATE_NOOP("DraftError", "'{key}' is not a set of named texts")(key=key)
        )
    return dict(value)


_MONTHS = (
    QT_TRANSLATE_NOOP("DraftShelf", "January"),
    QT_TRANSLATE_NOOP("DraftShelf", "February"),
    QT_TRANSLATE_NOOP("DraftShelf", "March"),
    QT_TRANSLATE_NOOP("DraftShelf", "April"),
    QT_TRANSLATE_NOOP("DraftShelf", "May"),
    QT_TRANSLATE_NOOP("DraftShelf", "June"),
    QT_TRANSLATE_NOOP("DraftShelf", "July"),
    QT_TRANSLATE_NOOP("DraftShelf", "August"),
    QT_TRANSLATE_NOOP("DraftShelf", "September"),
    QT_TRANSLATE_NOOP("DraftShelf", "October"),
    QT_TRANSLATE_NOOP("DraftShelf", "November"),
    QT_TRANSLATE_NOOP("DraftShelf", "December"),
)


def when_saved(saved_at: datetime, now: datetime) -> Sentence | str:
    """When a draft was saved, as the restore message says it: "14:02", "yesterday at
    14:02", "3 May at 14:02", in `now`'s time zone. All but the time of day alone is a
    Sentence, so that the window says it in its own language."""
    local = saved_at.astimezone(now.tzinfo)
    clock = local.strftime("%H:%M")
    if local.date() == now.date():
        return clock
    if local.date() == now.date() - timedelta(days=1):
        return QT_TRANSLATE_NOOP("DraftShelf", "yesterday at {time}")(time=clock)
    month = _MONTHS[local.month - 1]()
    if local.year != now.year:
        return QT_TRANSLATE_NOOP("DraftShelf", "{day} {month} {year} at {time}")(
            day=local.day, month=month, year=local.year, time=clock
        )
    return QT_TRANSLATE_NOOP("DraftShelf", "{day} {month} at {time}")(
        day=local.day, month=month, time=clock
    )
