"""The `rapport` command line: one parser for every subcommand in `app/commands/`."""

from __future__ import annotations

import argparse
from functools import cache
from typing import NoReturn

from app import EXIT_AFTER_STARTUP, __version__
from app.safe_io.terminal import one_line


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistake on the command line reported in one line (its default
    prints the whole usage first), as every other error of the command is. Subcommands'
    parsers are made of this class too."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, one_line(f"{self.prog}: {message} (see {self.prog} --help)") + "\n")


# Made once per process: argparse looks up a translation for every help text it is given
# (gettext searches the disk each time), which costs more than most commands' own work,
# and the bench scripts and the fuzz tests run many commands in one process.
@cache
def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: opening the window needs none of them.
    from app.commands import (
        check,
        config,
        draft,
        import_,
        outcome,
        recommend,
        record,
        render,
        stats,
        templates,
        triage,
    )

    commands = (
        templates, render, check, config, triage, draft, record, outcome, import_, stats, recommend
    )  # fmt: skip
    parser = _Parser(
        prog="rapport",
        description="Write personal networking messages. Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    parser.add_argument(
        EXIT_AFTER_STARTUP,
        action="store_true",
        help="open the window, exit once it shows your data (bench/bench_startup.py times it)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands:
        command.add_parser(subparsers)
    return parser
