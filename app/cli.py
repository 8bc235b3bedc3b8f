"""The `rapport` command: the window when run alone, headless subcommands otherwise.

Every subcommand lives in `app/commands/` as a module with `add_parser(subparsers)` and
`run(args) -> int`. Errors a person can act on are printed as one clear line on standard
error with exit status 2; no traceback ever reaches the user.
"""

from __future__ import annotations

import codecs
import gc
import io
import sys
from collections.abc import Sequence

from app import EXIT_AFTER_STARTUP
from app.grammar.runtime import keep_if_asked
from app.logs import setup_logging
from app.rendering.child import serve_if_asked
from app.safe_io.terminal import SafeOutput, one_line


def _import_before_qt() -> None:
    """Import the window's Qt-free modules before Qt. Once loaded, PySide6 reads the
    source of every module an import statement names, for its `__feature__` switches:
    for the store, the settings, the templates and the composer's session, with
    everything they import, that costs tens of milliseconds at every start, for modules
    that never use Qt."""
    import app.composing.session
    import app.context  # noqa: F401


def use_utf8_streams() -> None:
    """Read and write UTF-8 on the standard streams, whatever the console's code page.

    Python encodes them in the locale's encoding when they are pipes or files: cp1252 on
    most Windows computers, where a name like "Łukasz" would end the command with a
    traceback, and JSON Lines output would not be UTF-8, as JSON Lines must be. A Windows
    console window itself is written in UTF-16 by Python and shows any text either way.
    """
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        # None in a windowed launch; another object when a test or a caller replaced it.
        utf8 = (
            isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name == "utf-8"
        )
        if isinstance(stream, io.TextIOWrapper) and not utf8:
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    serve_if_asked(argv)  # a frozen Rapport starts itself as its render worker
    use_utf8_streams()
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
    from app.commands.parser import build_parser  # argparse: not for the window

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("choose a command, or run rapport alone to open the window")
    setup_logging(f"command {args.command}")
    # Whatever a command prints may hold other people's text (contact fields, template
    # output, file names): control characters reach the terminal only as escapes.
    stdout, sys.stdout = sys.stdout, SafeOutput(sys.stdout)
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
        print(one_line(f"rapport {args.command}: {exc.strerror or exc}{where}"), file=sys.stderr)
        return 2
    finally:
        sys.stdout = stdout


if __name__ == "__main__":
    sys.exit(main())
