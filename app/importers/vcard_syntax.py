"""The syntax of vCard files (RFC 2426 for 3.0, RFC 6350 for 4.0, and the 2.1 that older
phones and Google's Android export still write): folded lines, properties with groups
and parameters, quoted-printable values, and backslash escapes.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.importers.errors import ImportFileError
from app.sentences import QT_TRANSLATE_NOOP

_NEWLINE = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


@dataclass(frozen=True)
class Property:
    """One content line: `item1.URL;TYPE=work:https://...` has group "item1", name
    "URL", params {"TYPE": ["work"]}. Names and parameter names are upper case."""

    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: str

    def param(self, name: str) -> list[str]:
        return self.params.get(name, [])

    def has_type(self, wanted: str) -> bool:
        return any(value.casefold() == wanted for value in self.param("TYPE"))


@dataclass(frozen=True)
class Card:
    line: int
    properties: list[Property]
    # The first line of the card that is not vCard syntax: the card is left out, and
    # the rest of the file imported.
    problem: ImportFileError | None = None

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None


def read_cards(name: str, text: str) -> list[Card]:
    """Every card in the file; ImportFileError for anything that is not vCard syntax."""
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError", "this is not a vCard file: it holds no BEGIN:VCARD."
            )(),
        )
    cards: list[Card] = []
    current: list[Property] | None = None
    problem: ImportFileError | None = None
    start = 0
    for line, content in _content_lines(text):
        if not content.strip():
            continue
        try:
            prop = _parse_line(name, line, content)
        except ImportFileError as error:
            if current is None:
                raise
            problem = problem or error
            continue
        keyword = prop.value.strip().upper()
        if prop.name == "BEGIN" and keyword == "VCARD":
            if current is not None:
                raise ImportFileError(
                    name,
                    QT_TRANSLATE_NOOP(
                        "ImportFileError",
                        "a card begins inside the card that starts on line {start}.",
                    )(start=start),
                    line,
                )
            current, start, problem = [], line, None
        elif prop.name == "END" and keyword == "VCARD":
            if current is None:
                raise ImportFileError(
                    name,
                    QT_TRANSLATE_NOOP(
                        "ImportFileError", "END:VCARD without a BEGIN:VCARD before it."
                    )(),
                    line,
                )
            cards.append(Card(start, current, problem))
            current = None
        elif current is None:
            raise ImportFileError(
                name,
                QT_TRANSLATE_NOOP(
                    "ImportFileError",
                    "this line is outside any card (a card starts with BEGIN:VCARD).",
                )(),
                line,
            )
        else:
            current.append(prop)
    if current is not None:
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP("ImportFileError", "this card never ends (no END:VCARD).")(),
            start,
        )
    return cards


def text_value(name: str, prop: Property) -> str | None:
    """The property's value as text, escapes undone; None for binary (base64) data."""
    raw = decoded(name, prop)
    if raw is None:
        return None
    # Quoted-printable line breaks arrive as CRLF; keep one kind, as typed text has.
    return _ESCAPE.sub(_unescape_one, raw).replace("\r\n", "\n")


def structured_value(name: str, prop: Property) -> list[str] | None:
    """The components of a structured value (N, ADR, ORG), split at unescaped ';'."""
    raw = decoded(name, prop)
    if raw is None:
        return None
    parts: list[str] = []
    current: list[str] = []
    characters = iter(raw)
    for character in characters:
        if character == "\\":
            escaped = next(characters, "")
            current.append("\n" if escaped in ("n", "N") else escaped)
        elif character == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(character)
    parts.append("".join(current))
    return parts


def decoded(name: str, prop: Property) -> str | None:
    """The raw value with its transfer encoding undone (escapes still in)."""
    encoding = ",".join(prop.param("ENCODING")).upper()
    if encoding in ("B", "BASE64"):
        return None  # photos and keys: nothing a contact here keeps
    if encoding != "QUOTED-PRINTABLE":
        return prop.value
    data = quopri.decodestring(prop.value.encode("utf-8", "surrogatepass"))
    if not prop.param("CHARSET"):
        # vCard 2.1 without CHARSET is the sender's code page in practice (old Outlook
        # and Nokia exports write Latin-1): UTF-8 when the bytes are that, else
        # Windows-1252, whose few unassigned bytes mark a value that is truly broken.
        for charset in ("utf-8", "cp1252"):
            try:
                return data.decode(charset)
            except ValueError:
                continue
    charset = (prop.param("CHARSET") or ["utf-8 or windows-1252"])[0]
    try:
        codecs.lookup(charset)
        return data.decode(charset)
    except (LookupError, ValueError):
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                "the value of {property} is not valid text in the {charset} encoding.",
            )(property=prop.name, charset=charset),
            prop.line,
        ) from None


def _unescape_one(match: re.Match[str]) -> str:
    return "\n" if match[1] in ("n", "N") else match[1]


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, content line) with folded lines joined back together.

    A line starting with a space or tab continues the one before it; in quoted-printable
    values (vCard 2.1) a line ending in "=" continues on the next line as well.
    """
    current: str | None = None
    start = 0
    for number, line in enumerate(_NEWLINE.split(text), start=1):
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None and current.endswith("=") and _quoted_printable(current):
            current = current[:-1] + line
            continue
        if current is not None:
            yield start, current
        current, start = line, number
    if current is not None:
        yield start, current


def _quoted_printable(content: str) -> bool:
    return "QUOTED-PRINTABLE" in content.split(":", 1)[0].upper()


def _parse_line(name: str, line: int, content: str) -> Property:
    head, value = _split_once(content, ":")
    if value is None:
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP(
                "ImportFileError",
                "this line is not a vCard property (no “:” between name and value).",
            )(),
            line,
        )
    parts = _split_outside_quotes(head, ";")
    group, _, prop_name = parts[0].strip().rpartition(".")
    if not prop_name:
        raise ImportFileError(
            name,
            QT_TRANSLATE_NOOP("ImportFileError", "this line has a value but no property name.")(),
            line,
        )
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, values = part.partition("=")
        if not equals:  # vCard 2.1 writes bare types: TEL;HOME;VOICE:
            key, values = "TYPE", key
        listed = [v.strip().strip('"') for v in _split_outside_quotes(values, ",")]
        params.setdefault(key.strip().upper(), []).extend(listed)
    return Property(line, group, prop_name.upper(), params, value)


def _split_once(text: str, separator: str) -> tuple[str, str | None]:
    """Split at the first `separator` outside double quotes (a LABEL="a: b" parameter)."""
    quoted = False
    for index, character in enumerate(text):
        if character == '"':
            quoted = not quoted
        elif character == separator and not quoted:
            return text[:index], text[index + 1 :]
    return text, None


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    rest: str | None = text
    while rest is not None:
        part, rest = _split_once(rest, separator)
        parts.append(part)
    return parts
