"""Guards the PySide6 pin: 6.12.0 on Python 3.11 aborts the interpreter after a few
hundred Signal.emit() calls ("Fatal Python error: bool_dealloc"), or at exit. The check
runs in a child process because the failure is an abort, which would take pytest down."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(bool)
    counted = Signal(int, str)

app = QCoreApplication([])
source = Source()
received = []
source.changed.connect(received.append)
source.counted.connect(lambda n, s: received.append(n))
for i in range(20_000):
    source.changed.emit(i % 2 == 0)
    source.counted.emit(i, "x")
print(len(received))
"""


def test_many_thousand_signal_emits_do_not_crash_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "40000"
