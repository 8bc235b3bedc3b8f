"""The import's two ways of stopping: a file it cannot read, and the user's cancel.

Both are SaidErrors: `str()` is the English `rapport import` prints, and the window says
the same in its own language (app/sentences.py).
"""

from __future__ import annotations

from app.sentences import QT_TRANSLATE_NOOP, SaidError, Sentence

_IN_FILE = QT_TRANSLATE_NOOP("ImportFileError", "{file}: {problem}")
_AT_LINE = QT_TRANSLATE_NOOP("ImportFileError", "{file}, line {line}: {problem}")
_CANCELLED = QT_TRANSLATE_NOOP("ImportCancelled", "The import was cancelled; nothing was saved.")


class ImportFileError(SaidError):
    """A file cannot be imported; the message names the file, the line and the problem.

    `problem` is Rapport's own sentence, or text it quotes as it is (the system's words
    for a file it refused). Nothing has been written when this is raised: every import
    parses and writes inside one transaction that this error rolls back.
    """

    def __init__(self, file: str, problem: Sentence | str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        if line is None:
            super().__init__(_IN_FILE(file=file, problem=problem))
        else:
            super().__init__(_AT_LINE(file=file, line=line, problem=problem))


class ImportCancelled(SaidError):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_CANCELLED())
