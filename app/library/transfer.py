"""Importing template files someone shared (a file, a folder, a zip) and exporting the
user's own.

An import happens in two steps. `plan_import` reads and checks everything and writes
nothing: each file is either ready (with the user's files it would replace, if any) or
reported with what is wrong with it. `apply_import` then writes the ready ones that the
user agreed to, all or none. A shared file is treated as hostile until proven otherwise:
it is read within bounds (app/library/sources.py), and every template is compiled and
test-rendered in the render worker's sandbox.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.contacts import EXAMPLE_CONTACT
from app.library.sources import IN_FILE, ImportProblem, ImportRefused, template_files
from app.library.templates import (
    NOT_UTF8,
    TEMPLATE_SUFFIX,
    Template,
    TemplateFormatError,
    read_template,
)
from app.library.user_files import TextProblem, check_text, file_for, same_file
from app.rendering.renderer import (
    MissingFields,
    RenderError,
    render_source,
    template_variables,
    used_names,
)
from app.safe_io.reading import TEMPLATE_FILE, FileRefused, read_bounded
from app.safe_io.terminal import one_line
from app.safe_io.writing import sync_folder, write_atomically
from app.sentences import QT_TRANSLATE_NOOP, SaidError


class ExportError(SaidError):
    """Templates could not be exported; the message names the file."""


@dataclass(frozen=True)
class ImportItem:
    """A file that passed every check. `replaces` are the user's own files that writing
    it would replace: a clash the user must agree to."""

    origin: str
    template: Template
    text: str
    replaces: tuple[Path, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    items: tuple[ImportItem, ...]
    problems: tuple[ImportProblem, ...]

    @property
    def clashes(self) -> tuple[ImportItem, ...]:
        return tuple(item for item in self.items if item.replaces)


@dataclass(frozen=True)
class ImportResult:
    written: tuple[str, ...]
    kept: tuple[str, ...]  # clashing names left as the user had them


# -- planning ---------------------------------------------------------------------------


def plan_import(sources: Sequence[Path], user_dir: Path) -> ImportPlan:
    """Read and check every template in `sources` (files, folders, zips); writes nothing.

    Raises ImportRefused when a source as a whole cannot be used."""
    mine = _my_templates(user_dir)
    items: list[ImportItem] = []
    problems: list[ImportProblem] = []
    seen: dict[str, str] = {}
    for origin, data in template_files(sources):
        if isinstance(data, ImportProblem):
            problems.append(data)
            continue
        checked = _check(origin, data)
        if isinstance(checked, ImportProblem):
            problems.append(checked)
            continue
        template, text = checked
        key = template.name.casefold()
        if key in seen:
            problems.append(
                ImportProblem(
                    origin,
                    IN_FILE(
                        file=origin,
                        problem=QT_TRANSLATE_NOOP(
                            "ImportProblem", "'{other}' in this import has the same name."
                        )(other=seen[key]),
                    ),
                )
            )
            continue
        seen[key] = origin
        replaces = _replaced(template.name, user_dir, mine)
        items.append(ImportItem(origin, template, text, replaces))
    return ImportPlan(tuple(items), tuple(problems))


def _check(origin: str, data: bytes) -> tuple[Template, str] | ImportProblem:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ImportProblem(origin, IN_FILE(file=origin, problem=NOT_UTF8()))
    if "\x00" in text:
        problem = QT_TRANSLATE_NOOP("ImportProblem", "the file is not a text file.")()
        return ImportProblem(origin, IN_FILE(file=origin, problem=problem))
    checked = check_text(text)
    if isinstance(checked, TextProblem):
        return ImportProblem(origin, checked.located(origin))
    # Compiling proves the syntax; a trial render in the worker shows whether the
    # sandbox lets it run at all (loops without end, attempts to escape, huge output).
    try:
        render_source(checked.body, trial_variables(checked), trusted=False)
    except MissingFields:
        pass  # fields the example contact lacks are the recipient's business, not a fault
    except RenderError as exc:
        refused = QT_TRANSLATE_NOOP("ImportProblem", "the sandbox refused it: {error}")(
            error=exc.message
        )
        line = checked.file_line(exc.line) if exc.line else None
        return ImportProblem(origin, TextProblem(refused, line).located(origin))
    return checked, text


def trial_variables(template: Template) -> dict[str, object]:
    """What a trial render sees: the example contact, the user's own fields, and a word
    for every other name the template uses (the details typed per message)."""
    variables = template_variables(EXAMPLE_CONTACT, my_name="Sam Sender", my_location="Lisbon")
    for name in (*template.requires, *sorted(used_names(template.body))):
        variables.setdefault(name, "example")
    return variables


def _my_templates(user_dir: Path) -> dict[str, Path]:
    """The user's templates by name (folded), readable or not (an unreadable file counts
    under its file name)."""
    found: dict[str, Path] = {}
    for path in sorted(user_dir.glob(f"*{TEMPLATE_SUFFIX}")):
        try:
            name = read_template(path, "user").name
        except TemplateFormatError:
            name = path.stem
        found.setdefault(name.casefold(), path)
    return found


def _replaced(name: str, user_dir: Path, mine: dict[str, Path]) -> tuple[Path, ...]:
    paths = [mine[name.casefold()]] if name.casefold() in mine else []
    target = file_for(name, user_dir)
    if target.exists() and not any(same_file(target, path) for path in paths):
        paths.append(target)
    return tuple(paths)


# -- writing ----------------------------------------------------------------------------


def apply_import(plan: ImportPlan, user_dir: Path, *, replace: bool) -> ImportResult:
    """Write the plan's ready templates; clashing ones only when `replace`. Every file is
    written to a temporary file first, so a failure (a full disk) writes none of them."""
    chosen = [item for item in plan.items if replace or not _clashes_now(item, user_dir)]
    kept = tuple(item.template.name for item in plan.items if item not in chosen)
    staged: list[tuple[str, Path]] = []
    try:
        for item in chosen:
            handle, temporary = tempfile.mkstemp(dir=user_dir, prefix=".import-", suffix=".tmp")
            staged.append((temporary, file_for(item.template.name, user_dir)))
            with os.fdopen(handle, "wb") as stream:
                stream.write(item.text.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
    except OSError as exc:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "ImportRefused",
                "The templates could not be written to {folder} ({error}); nothing was imported.",
            )(folder=user_dir, error=exc.strerror or str(exc))
        ) from None
    for (temporary, target), item in zip(staged, chosen, strict=True):
        os.replace(temporary, target)
        for old in item.replaces:
            # `thanks.j2` replaced by `Thanks.j2` on a case-insensitive file system is
            # the file just written: removing it would lose both.
            if not same_file(old, target):
                with contextlib.suppress(FileNotFoundError):
                    old.unlink()
    if staged:
        sync_folder(user_dir)  # the renames are durable only once the folder is flushed
    return ImportResult(tuple(item.template.name for item in chosen), kept)


def _clashes_now(item: ImportItem, user_dir: Path) -> bool:
    """A clash known at planning, or a file that has appeared since."""
    return bool(item.replaces) or file_for(item.template.name, user_dir).exists()


# -- exporting --------------------------------------------------------------------------


def export_conflicts(templates: Sequence[Template], folder: Path) -> list[Path]:
    """The files an export to `folder` would overwrite."""
    return [p for t in templates if (p := file_for(t.name, folder)).exists()]


def export_templates(templates: Sequence[Template], destination: Path) -> Path:
    """Write the templates' files, unchanged, to a `.zip` or into a folder (created when
    missing, existing files overwritten: ask first with export_conflicts)."""
    files = [(f"{t.name}{TEMPLATE_SUFFIX}", _exported_bytes(t)) for t in templates]
    try:
        if destination.suffix.lower() == ".zip":
            _write_zip(destination, files)
        else:
            destination.mkdir(parents=True, exist_ok=True)
            for name, data in files:
                write_atomically(destination / name, data)
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportError", "{file}: could not be written ({error}).")(
                file=destination, error=exc.strerror or str(exc)
            )
        ) from None
    return destination


def _exported_bytes(template: Template) -> bytes:
    if template.path is None:
        raise ExportError(
            QT_TRANSLATE_NOOP("ExportError", "'{name}' has no file to export.")(name=template.name)
        )
    try:
        return read_bounded(template.path, TEMPLATE_FILE)
    except FileRefused as exc:
        raise ExportError(IN_FILE(file=one_line(exc.path), problem=exc.problem)) from None


def _write_zip(destination: Path, files: list[tuple[str, bytes]]) -> None:
    # Templates are small: the archive is built in memory and written whole or not at all.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    write_atomically(destination, buffer.getvalue())
