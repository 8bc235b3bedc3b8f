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
from app.logs import setup_logging
from app.render_child import serve_if_asked

EXIT_AFTER_STARTUP = "--exit-after-startup"


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: opening the window needs none of them.
    from app.commands import check, config, import_, render, stats, templates, triage

    commands = (templates, render, check, config, triage, import_, stats)
    parser = argparse.ArgumentParser(
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


def main(argv: Sequence[str] | None = None) -> int:
    serve_if_asked(argv)  # a frozen Rapport starts itself as its render worker
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments in ([], [EXIT_AFTER_STARTUP]):
        # The window, without importing every command's module first (the checker, the
        # importers): that would take more time than showing the window does.
        from app.ui.application import main as open_window

        return open_window(exit_after_startup=bool(arguments))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("choose a command, or run rapport alone to open the window")
    setup_logging(f"command {args.command}")
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into a program that stopped reading (`| head`): not an error.
        sys.stderr.close()
        return 0
    except OSError as exc:
        # Most often the data folder (RAPPORT_HOME) cannot be created or written.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"rapport {args.command}: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
