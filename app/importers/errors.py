"""The import's two ways of stopping: a file it cannot read, and the user's cancel."""

from __future__ import annotations


class ImportFileError(Exception):
    """A file cannot be imported; the message names the file, the line and the problem.

    Nothing has been written when this is raised: every import parses and writes inside
    one transaction that this error rolls back.
    """

    def __init__(self, file: str, problem: str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        where = file if line is None else f"{file}, line {line}"
        super().__init__(f"{where}: {problem}")


class ImportCancelled(Exception):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was saved.")
