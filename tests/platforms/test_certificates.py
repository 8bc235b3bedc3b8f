"""The LanguageTool download verifies HTTPS against the system's certificate store."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import ssl
from app.grammar.certificates import use_system_certificates
print(type(ssl.create_default_context()).__module__)
use_system_certificates()
use_system_certificates()
print(type(ssl.create_default_context()).__module__)
"""


def test_https_contexts_ask_the_system_store_once_asked() -> None:
    # In a child process: the switch is for the whole process, for good.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, encoding="utf-8", timeout=60
    )
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.split()
    assert before == "ssl"
    assert after.startswith("truststore")
