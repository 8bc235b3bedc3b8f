"""`python -m app.grammar.prepare`: once LanguageTool is installed, run its server once for
the user's grammar language and stop it cleanly, so that the class-data archive
(archive.py) is there before the user's first check. `make languagetool` runs it; when
the archive is there already it returns at once.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
import time

from app import paths
from app.grammar import runtime
from app.grammar.archive import plan
from app.grammar.install import installed_folder
from app.grammar.matches import GrammarUnavailable
from app.grammar.shared import SharedServer
from app.languages import LANGUAGES
from app.settings import Settings, SettingsError, load_settings


def main() -> int:
    folder = installed_folder()
    if folder is None:
        print("prepare: LanguageTool is not installed; nothing to prepare", file=sys.stderr)
        return 1
    try:
        language = load_settings(paths.settings_path()).grammar_language
    except SettingsError:
        language = Settings().grammar_language
    # The keeper's class path: every language Rapport writes in (keeper.py). With the
    # grammar language alone this looked for another archive, never made, and started
    # a server at every `make languagetool`.
    if not plan(folder, (language, *LANGUAGES)).pending:
        return 0  # the archive exists, or this layout cannot have one
    # A runtime folder of its own: the user's shared server, if one runs, is not touched.
    with tempfile.TemporaryDirectory(prefix="rapport-prepare-") as scratch:
        os.environ["RAPPORT_RUNTIME"] = scratch
        print(f"Preparing LanguageTool's class-data archive for {language}", file=sys.stderr)
        try:
            SharedServer(languages=(language,)).start()
        except GrammarUnavailable as exc:
            print(f"prepare: {exc}", file=sys.stderr)
            return 1
        record = runtime.read_record()
        if record is not None:
            os.kill(record.keeper, signal.SIGTERM)  # a clean stop writes the archive
            deadline = time.monotonic() + 60
            while _running(record.keeper) and time.monotonic() < deadline:
                time.sleep(0.2)
    return 0


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
