"""The `rapport` command: the window when run alone, headless subcommands otherwise.

Every subcommand lives in `app/commands/` as a module with `add_parser(subparsers)` and
`run(args) -> int`. Errors a person can act on are printed as one clear line on standard
error with exit status 2; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import check, render, templates, triage
from app.render_child import serve_if_asked

COMMANDS = (templates, render, check, triage)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rapport",
        description="Write personal networking messages. Run without a command to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"rapport {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    serve_if_asked(argv)  # a frozen Rapport starts itself as its render worker
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.application import main as open_window

        return open_window()
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        # Most often the data folder (RAPPORT_HOME) cannot be created or written.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"rapport {args.command}: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Output piped into a program that stopped reading (`| head`): not an error.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
