"""The user's own template files: checking a file's text, editing its front matter, and
writing, naming and removing files in the user's template folder.

The template editor and the import both go through here, so a file that reaches the
folder has been checked the same way whichever door it came in by.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.library.front_matter import FrontMatterError, load_front_matter
from app.library.templates import (
    FRONT_MATTER,
    TEMPLATE_SUFFIX,
    Template,
    TemplateFormatError,
    parse_template,
)
from app.rendering.renderer import RenderError, compile_source
from app.safe_io.writing import write_text_atomically
from app.sentences import QT_TRANSLATE_NOOP, SaidError, Sentence

_KEY_IN_MESSAGE = re.compile(r"'(name|kind|channel|description|requires)'")
_NAME_LIMIT = 80  # the longest name template_library accepts
# Names Windows keeps for devices, whatever the case and extension: a file `con.j2` there
# opens the console, and cannot be created or deleted as a file.
_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(10))]
)


class TemplateFileError(SaidError):
    """A template could not be saved, named or removed; the message says why and where."""

    def __init__(self, message: Sentence, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


_IN_FILE = QT_TRANSLATE_NOOP("TextProblem", "{file}: {problem}")
_AT_LINE = QT_TRANSLATE_NOOP("TextProblem", "{file}, line {line}: {problem}")


@dataclass(frozen=True)
class TextProblem:
    """What is wrong with a template file's text, at a line of the file (1-based):
    Rapport's sentence, or Jinja's or YAML's own words quoted as they are."""

    detail: Sentence | str
    line: int | None = None

    def located(self, where: Sentence | str) -> Sentence:
        """The problem as a sentence naming the file (or archive entry) and line."""
        if self.line:
            return _AT_LINE(file=where, line=self.line, problem=self.detail)
        return _IN_FILE(file=where, problem=self.detail)


def check_front_matter(text: str) -> Template | TextProblem:
    """The template the text describes, or the first problem with its front matter,
    placed at the line it is on. The body is not compiled here.

    The editor asks on every keystroke, and most keystrokes are in the body: the front
    matter's YAML is read once for each version of it.
    """
    block = FRONT_MATTER.match(text)
    if block is None:
        return _check_head(text)  # no block: refused before any YAML is read
    checked = _check_head(text[: block.end()])
    if isinstance(checked, TextProblem):
        return checked
    if checked.name.split(".")[0].casefold() in _DEVICE_NAMES:
        detail = QT_TRANSLATE_NOOP(
            "TextProblem", "'name' {name} is kept by Windows for a device; choose another name."
        )(name=checked.name)
        return TextProblem(detail, _problem_line(text[: block.end()], str(detail)))
    return dataclasses.replace(checked, body=text[block.end() :].rstrip("\n"))


@lru_cache(maxsize=64)
def _check_head(head: str) -> Template | TextProblem:
    try:
        return parse_template(head)
    except TemplateFormatError as exc:
        return TextProblem(exc.problem, _problem_line(head, str(exc)))


def check_text(text: str) -> Template | TextProblem:
    """Like check_front_matter, and the body must compile in the sandbox (which
    evaluates nothing: safe for any text, in this process)."""
    checked = check_front_matter(text)
    if isinstance(checked, TextProblem):
        return checked
    try:
        compile_source(checked.body)
    except RenderError as exc:
        return TextProblem(exc.message, checked.file_line(exc.line) if exc.line else None)
    return checked


def _problem_line(text: str, message: str) -> int | None:
    """The file line a front matter complaint is about: YAML reports its own line, and
    a bad value is on the line of its key."""
    block = FRONT_MATTER.match(text)
    if block is None:
        return 1
    reported = re.match(r"template, line (\d+)", message)
    if reported:
        return int(reported.group(1))
    key = _KEY_IN_MESSAGE.search(message)
    if key:
        found = _key_line(block.group(2), key.group(1))
        if found is not None:
            return found + 2  # the opening '---' is line 1
    return 1


def _key_line(yaml_text: str, key: str) -> int | None:
    """The 0-based line of a top-level key in the front matter's YAML."""
    pattern = re.compile(rf"^{re.escape(key)}[ \t]*:")
    for number, line in enumerate(yaml_text.splitlines()):
        if pattern.match(line):
            return number
    return None


# -- the front matter as a form ---------------------------------------------------------


def read_front_matter(text: str) -> dict[str, Any]:
    """The front matter's values as far as they can be read; empty when the block is
    missing or is not YAML. For showing in a form: nothing here is validated."""
    block = FRONT_MATTER.match(text)
    values = _load_yaml(block.group(2)) if block else None
    return dict(values) if isinstance(values, dict) else {}


@lru_cache(maxsize=64)
def _load_yaml(text: str) -> Any:
    try:
        return load_front_matter(text)
    except FrontMatterError:
        return None


def with_front_matter_value(text: str, key: str, value: str | list[str]) -> str:
    """The text with one front matter key set, every other line left as it was (comments
    and the user's own formatting included). Adds the block when there is none."""
    line = f"{key}: {_yaml_value(value)}"
    block = FRONT_MATTER.match(text)
    if block is None:
        return f"---\n{line}\n---\n{text}"
    lines = block.group(2).splitlines(keepends=True)
    start = _key_line(block.group(2), key)
    if start is None:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.append(line + "\n")
    else:
        end = start + 1
        # The value may go on over the lines after its key: indented continuation lines,
        # or a block list whose items start with '-'.
        while end < len(lines) and lines[end][:1] in (" ", "\t", "-"):
            end += 1
        lines[start:end] = [line + "\n"]
    return text[: block.start(2)] + "".join(lines) + text[block.end(2) :]


def _yaml_value(value: str | list[str]) -> str:
    import yaml  # when a value is written, not with the composer

    dumped: str = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10**9)
    dumped = dumped.removesuffix("\n...\n").rstrip("\n")
    if "\n" in dumped:  # a line break inside text: one line, escaped
        dumped = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=10**9)
        dumped = dumped.rstrip("\n")
    return dumped


def new_template_text(name: str) -> str:
    """A small working template to start from."""
    return (
        f"---\nname: {name}\nkind: invite\nchannel: linkedin_note\n"
        "description: ''\nrequires: [first_name]\n---\n"
        "Hi {{ first_name }}, \n"
    )


# -- files in the user's folder ---------------------------------------------------------


def unique_name(wanted: str, taken: Iterable[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`… : the first that is not taken."""
    used = {name.casefold() for name in taken}
    if wanted.casefold() not in used:
        return wanted
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = wanted[: _NAME_LIMIT - len(suffix)] + suffix
        if candidate.casefold() not in used:
            return candidate
        number += 1


def file_for(name: str, folder: Path) -> Path:
    return folder / f"{name}{TEMPLATE_SUFFIX}"


def taken_names(folder: Path) -> set[str]:
    """File names already in the folder (without .j2), readable or not."""
    return {path.stem for path in folder.glob(f"*{TEMPLATE_SUFFIX}")}


def save_user_template(text: str, folder: Path, previous: Path | None = None) -> Path:
    """Check the text and write it to `<name>.j2` in the user's folder; returns the path.

    `previous` is the file the text was loaded from: when the name changed, the file is
    renamed with it. Refuses (TemplateFileError) a text that would not load or compile,
    and a new name that another of the user's files already has.
    """
    checked = check_text(text)
    if isinstance(checked, TextProblem):
        where = previous.name if previous else QT_TRANSLATE_NOOP("TextProblem", "The template")()
        raise TemplateFileError(checked.located(where), checked.line)
    target = file_for(checked.name, folder)
    if target.exists() and (previous is None or not same_file(target, previous)):
        raise TemplateFileError(
            QT_TRANSLATE_NOOP(
                "TemplateFileError",
                "You already have a template named '{name}': choose another name.",
            )(name=checked.name)
        )
    try:
        write_text_atomically(target, text)
        if previous is not None and previous.exists() and not same_file(target, previous):
            previous.unlink()
    except OSError as exc:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("TemplateFileError", "{file}: could not be saved ({error}).")(
                file=target, error=exc.strerror or str(exc)
            )
        ) from None
    return target


def create_user_template(text: str, name: str, folder: Path) -> Path:
    """Write a new template under `name` (the text's own name is replaced by it)."""
    return save_user_template(with_front_matter_value(text, "name", name), folder)


def delete_user_template(template: Template, folder: Path) -> None:
    """Remove one of the user's template files; built-in templates cannot be removed."""
    path = template.path
    if template.source != "user" or path is None or path.parent.resolve() != folder.resolve():
        raise TemplateFileError(
            QT_TRANSLATE_NOOP(
                "TemplateFileError", "'{name}' is a built-in template; it cannot be deleted."
            )(name=template.name)
        )
    try:
        path.unlink()
    except FileNotFoundError:
        pass  # already gone: what the user asked for
    except OSError as exc:
        raise TemplateFileError(
            QT_TRANSLATE_NOOP("TemplateFileError", "{file}: could not be deleted ({error}).")(
                file=path, error=exc.strerror or str(exc)
            )
        ) from None


def same_file(a: Path, b: Path) -> bool:
    """Whether both paths name one file. On a case-insensitive file system (Windows,
    macOS) `thanks.j2` and `Thanks.j2` do, though the paths differ."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them is not there
        return a.resolve() == b.resolve()
