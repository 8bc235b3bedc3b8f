"""Text that is safe to print to a terminal or put on the clipboard.

Contact fields, file names and template output come from other people. Written raw, a
NUL or an escape sequence can rewrite the user's terminal (move the cursor, retitle the
window, hide the lines above), a bidi override can make text read differently from the
characters it holds (the "Trojan Source" trick), and a line break inside a file name
fakes a second line of output. Such characters are shown as escapes (`\\u001b`,
`\\u202e`) instead: visible, never acted on, and valid inside a JSON string, so one
filter serves readable and `--json` output alike (`SafeOutput`).
"""

from __future__ import annotations

import io
import re
from typing import TextIO

# C0 controls but tab and line feed, DEL and the C1 controls (U+0080-U+009F: a lone
# U+009B is an escape sequence's start in many terminals), the bidi embeddings,
# overrides and isolates, the Unicode line and paragraph separators, and lone surrogates
# (which cannot be written as UTF-8 at all).
_UNSAFE_IN_MESSAGE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
# On one line of output, a tab or a line break is as out of place as the rest.
_UNSAFE_ON_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def safe_message(text: str) -> str:
    """A message (several lines, tabs allowed) with every other control character,
    bidi control and lone surrogate shown as an escape."""
    return _UNSAFE_IN_MESSAGE.sub(_escape, text)


def one_line(text: str) -> str:
    """Text for a single line of output: line breaks and tabs escaped as well."""
    return _UNSAFE_ON_ONE_LINE.sub(_escape, text)


class SafeOutput(io.TextIOBase):
    """Standard output for the `rapport` command: everything written goes through
    `safe_message`, whichever code wrote it. (Its errors are single lines already made
    with `one_line`; standard error is left as it is for the import's progress line.)"""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(safe_message(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding
