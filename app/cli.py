"""The `rapport` command: the window when run alone, headless subcommands otherwise.

Every subcommand lives in `app/commands/` as a module with `add_parser(subparsers)` and
`run(args) -> int`. Errors a person can act on are printed as one clear line on standard
error with exit status 2; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from app import __version__
from app.grammar.runtime import keep_if_asked
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


def _import_before_qt() -> None:
    """Import the window's Qt-free modules before Qt. Once loaded, PySide6 reads the
    source of every module an import statement names, for its `__feature__` switches:
    for the store, the settings, the templates and Jinja, with everything they import,
    that costs about 20 ms at every start, for modules that never use Qt."""
    import app.context
    import app.drafting  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    serve_if_asked(argv)  # a frozen Rapport starts itself as its render worker
    arguments = sys.argv[1:] if argv is None else list(argv)
    keep_if_asked(arguments)  # and as the keeper of the shared grammar server
    if arguments in ([], [EXIT_AFTER_STARTUP]):
        # The window, without importing every command's module first (the importers,
        # the statistics): that would take more time than showing the window does. Nor
        # does the garbage collector run until the window is painted (app/ui/application.py
        # turns it back on): start-up makes next to no garbage, and each collection walks
        # every object the imports and the window create, dozens of times over.
        gc.disable()
        _import_before_qt()
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
