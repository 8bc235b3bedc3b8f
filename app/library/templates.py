"""Message templates: Jinja text with a YAML front matter block, from two folders.

Built-in templates ship in `templates/`; the user's own live in the data folder and win
when both have a template of the same name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, TypeVar

from app import paths
from app.channels import Channel
from app.languages import LANGUAGES, REGISTER_LANGUAGES, REGISTERS, Register, language_code
from app.library.front_matter import FrontMatterError, load_front_matter
from app.library.front_matter_cache import FILE_NAME, FrontMatterCache
from app.safe_io.reading import TEMPLATE_FILE, FileRefused, read_bounded
from app.safe_io.terminal import one_line
from app.sentences import QT_TRANSLATE_NOOP, SaidError, Sentence

TEMPLATE_SUFFIX = ".j2"
# Matched whole (fullmatch): with `$`, a name ending in a line break would pass, and print
# as a line of its own in `rapport templates`.
_NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")
# The front matter block: an opening '---' line (after any byte order marks), the YAML
# (group 2) and a closing '---' line.
FRONT_MATTER = re.compile(
    r"\A(\ufeff*---[ \t]*\r?\n)(.*?)^---[ \t]*\r?\n?", re.DOTALL | re.MULTILINE
)

Source = Literal["builtin", "user", "file"]
E = TypeVar("E", bound=StrEnum)


class Kind(StrEnum):
    INVITE = "invite"
    THANKS = "thanks"
    DECLINE = "decline"
    COFFEE = "coffee"
    RECRUITER_REPLY = "recruiter_reply"
    FOLLOW_UP = "follow_up"
    INTRO = "intro"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.INVITE: "Invitation",
    Kind.THANKS: "Thank-you",
    Kind.DECLINE: "Polite decline",
    Kind.COFFEE: "Coffee invitation",
    Kind.RECRUITER_REPLY: "Reply to a recruiter",
    Kind.FOLLOW_UP: "Follow-up",
    Kind.INTRO: "Introduction",
}


_IN_FILE = QT_TRANSLATE_NOOP("TemplateFormatError", "{file}: {problem}")
_AT_LINE = QT_TRANSLATE_NOOP("TemplateFormatError", "{file}, line {line}: {problem}")


_ONE_OF = QT_TRANSLATE_NOOP("TemplateFormatError", "'{key}' must be one of: {allowed}.")
NOT_UTF8 = QT_TRANSLATE_NOOP("TemplateFormatError", "the file is not UTF-8 text.")
# How a problem names a text that has no file (yet): `_problem_line` finds its line in
# the English "template, line 3: …".
_UNNAMED = QT_TRANSLATE_NOOP("TemplateFormatError", "template")


class TemplateFormatError(SaidError):
    """A template file is not in the expected shape; the message names file and line.

    `problem` is what is wrong in Rapport's words, or text it quotes as it is (the
    system's words for a file it refused); `line` is the file's line, when known."""

    def __init__(
        self, where: Sentence | str, problem: Sentence | str, line: int | None = None
    ) -> None:
        self.where = where
        self.problem = problem
        self.line = line
        if line is None:
            super().__init__(_IN_FILE(file=where, problem=problem))
        else:
            super().__init__(_AT_LINE(file=where, line=line, problem=problem))


@dataclass(frozen=True)
class Template:
    name: str
    kind: Kind
    channel: Channel
    description: str
    requires: tuple[str, ...]
    body: str
    source: Source = "file"
    language: str = "en"
    # None for a language without registers, or a template that does not say.
    register: Register | None = None
    path: Path | None = None
    # The line of the file the body starts on, to report errors at file lines.
    body_line: int = 1

    def file_line(self, body_line: int) -> int:
        return body_line + self.body_line - 1

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.name


def parse_template(
    text: str,
    *,
    path: Path | None = None,
    source: Source = "file",
    cache: FrontMatterCache | None = None,
) -> Template:
    """Parse a template file's text; raises TemplateFormatError naming what is wrong.
    `cache` gives the front matter's values when it has them (load_library's)."""
    where = str(path) if path else _UNNAMED()
    match = FRONT_MATTER.match(text)
    if not match:
        raise TemplateFormatError(
            where,
            QT_TRANSLATE_NOOP(
                "TemplateFormatError",
                "the file must start with a front matter block between '---' lines "
                "(name, kind, channel, description, requires).",
            )(),
        )
    try:
        block = match.group(2)
        meta = cache.load(block) if cache is not None else load_front_matter(block)
    except FrontMatterError as exc:
        raise TemplateFormatError(
            where,
            QT_TRANSLATE_NOOP("TemplateFormatError", "the front matter is {problem}.")(
                problem=exc.problem
            ),
            exc.line + 2 if exc.line is not None else None,
        ) from None
    if not isinstance(meta, dict):
        raise TemplateFormatError(
            where,
            QT_TRANSLATE_NOOP(
                "TemplateFormatError", "the front matter must be a set of 'key: value' lines."
            )(),
        )
    body = text[match.end() :]
    language = _language(meta, where)
    body_line = text[: match.end()].count("\n") + 1
    return Template(
        name=_name(meta, where),
        kind=_choice(meta, "kind", Kind, where),
        channel=_choice(meta, "channel", Channel, where),
        description=_text(meta, "description", where),
        requires=_requires(meta, where),
        body=body.rstrip("\n"),
        source=source,
        language=language,
        register=_register(meta, language, where),
        path=path,
        body_line=body_line,
    )


def _name(meta: dict[Any, Any], where: Sentence | str) -> str:
    name = meta.get("name")
    if not isinstance(name, str) or not _NAME_PATTERN.fullmatch(name):
        raise TemplateFormatError(
            where,
            QT_TRANSLATE_NOOP(
                "TemplateFormatError",
                "'name' must be a short name of letters, digits, '-', '_' or '.'.",
            )(),
        )
    return name


def _text(meta: dict[Any, Any], key: str, where: Sentence | str) -> str:
    value = meta.get(key, "")
    if not isinstance(value, str):
        raise TemplateFormatError(
            where, QT_TRANSLATE_NOOP("TemplateFormatError", "'{key}' must be text.")(key=key)
        )
    return value.strip()


def _choice(meta: dict[Any, Any], key: str, enum: type[E], where: Sentence | str) -> E:
    value = meta.get(key)
    try:
        return enum(str(value))
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise TemplateFormatError(where, _ONE_OF(key=key, allowed=allowed)) from None


def _language(meta: dict[Any, Any], where: Sentence | str) -> str:
    # "de-DE", "pt_BR" and "EN" name the same languages as "de", "pt" and "en".
    code = language_code(meta.get("language", "en"))
    if code is None:
        raise TemplateFormatError(where, _ONE_OF(key="language", allowed=", ".join(LANGUAGES)))
    return code


def _register(meta: dict[Any, Any], language: str, where: Sentence | str) -> Register | None:
    value = meta.get("register")
    if value is None:
        return None
    if language not in REGISTER_LANGUAGES:
        raise TemplateFormatError(
            where,
            QT_TRANSLATE_NOOP("TemplateFormatError", "'register' applies only to {languages}.")(
                languages=", ".join(sorted(REGISTER_LANGUAGES))
            ),
        )
    for register in REGISTERS:
        if value == register:
            return register
    raise TemplateFormatError(where, _ONE_OF(key="register", allowed=", ".join(REGISTERS)))


def _requires(meta: dict[Any, Any], where: Sentence | str) -> tuple[str, ...]:
    value = meta.get("requires") or []
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",")]
    if not isinstance(value, list) or not all(
        isinstance(item, str) and item.isidentifier() for item in value
    ):
        raise TemplateFormatError(
            where,
            QT_TRANSLATE_NOOP("TemplateFormatError", "'requires' must be a list of field names.")(),
        )
    return tuple(value)


def read_template(
    path: Path, source: Source = "file", cache: FrontMatterCache | None = None
) -> Template:
    """The template in the file at `path`: a regular file of at most TEMPLATE_FILE's size
    (a FIFO or a device in a template folder is refused, never waited on)."""
    return parse_template(template_text(path), path=path, source=source, cache=cache)


def template_text(path: Path) -> str:
    """The text of the template file at `path`, read as `read_template` reads it;
    TemplateFormatError says why it cannot be."""
    try:
        data = read_bounded(path, TEMPLATE_FILE)
    except FileRefused as exc:
        raise TemplateFormatError(one_line(exc.path), exc.problem) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateFormatError(one_line(str(path)), NOT_UTF8()) from None


class TemplateLibrary:
    """The templates the user can pick from, by name; user templates override built-ins."""

    def __init__(self, templates: Iterable[Template], problems: Iterable[Sentence] = ()) -> None:
        self._by_name: dict[str, Template] = {}
        for template in templates:
            self._by_name[template.name] = template
        # Files that could not be read: shown to the user, never fatal for the library.
        self.problems: tuple[Sentence, ...] = tuple(problems)
        order = {kind: position for position, kind in enumerate(Kind)}
        self._in_order = tuple(
            sorted(self._by_name.values(), key=lambda t: (order[t.kind], t.name))
        )

    @property
    def templates(self) -> list[Template]:
        """By kind, then name: sorted once, the library being read-only."""
        return list(self._in_order)

    def get(self, name: str) -> Template:
        try:
            return self._by_name[name]
        except KeyError:
            raise KeyError(f"There is no template named '{name}'.") from None

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def by_kind(self, kind: Kind | None, language: str | None = None) -> list[Template]:
        """The templates of `kind` (any when None), in `language` when one is given."""
        return [
            t
            for t in self.templates
            if (kind is None or t.kind is kind) and (language is None or t.language == language)
        ]


def load_library(
    builtin_dir: Path | None = None, user_dir: Path | None = None, cache_dir: Path | None = None
) -> TemplateLibrary:
    """The built-in templates and the user's; front matter read before comes from the
    cache file in `cache_dir` (the user's cache folder by default)."""
    builtin_dir = builtin_dir or paths.builtin_templates_dir()
    user_dir = user_dir or paths.user_templates_dir()
    cache = FrontMatterCache((cache_dir or paths.cache_dir()) / FILE_NAME)
    templates: list[Template] = []
    problems: list[Sentence] = []
    folders: tuple[tuple[Path, Source], ...] = ((builtin_dir, "builtin"), (user_dir, "user"))
    for folder, source in folders:
        for path in sorted(folder.glob(f"*{TEMPLATE_SUFFIX}")):
            try:
                templates.append(read_template(path, source, cache))
            except TemplateFormatError as exc:
                problems.append(exc.sentence)
    cache.save()
    return TemplateLibrary(templates, problems)
