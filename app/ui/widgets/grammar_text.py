"""Why grammar checks are, or are not, coming, in the window's language.

The core says it as a `GrammarReason` (app/grammar/reasons.py) and in English for
`rapport`; this words the same values for the composer's and the template preview's
grammar line. What a reason quotes (Java's last line, a server's error, a path, a system
error) stays as written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from app.grammar.reasons import GrammarReason, Server, Then, Why
from app.secrets import PREMIUM_API_KEY, SERVER_PASSWORD, SERVICE
from app.ui.widgets.keyring_text import how_to_get_a_keyring


def grammar_text(reason: GrammarReason) -> str:
    """The reason as one or two sentences: "Der lokale Grammatikserver … Er startet neu." """
    sentence = _WORDINGS[reason.why](reason)
    then = _then(reason.then)
    return f"{sentence} {then}" if then else sentence


def _then(then: Then) -> str:
    if then is Then.RESTARTING:
        return QCoreApplication.translate("GrammarText", "Restarting it.")
    if then is Then.RESTARTS_WITH_NEXT_CHECK:
        return QCoreApplication.translate("GrammarText", "It restarts with the next check.")
    if then is Then.TRYING_AGAIN:
        return QCoreApplication.translate("GrammarText", "Trying again.")
    return ""


def _server(reason: GrammarReason) -> str:
    """The server as the subject of a sentence."""
    if reason.server is Server.PREMIUM:
        return QCoreApplication.translate("GrammarText", "LanguageTool Premium")
    if reason.server is Server.REMOTE:
        return QCoreApplication.translate("GrammarText", "The grammar server at {host}").format(
            host=reason.host
        )
    return QCoreApplication.translate("GrammarText", "The local grammar server")


def download_size_text(megabytes: float) -> str:
    """ "about 250 MB", as the Settings' download offer says it."""
    return QCoreApplication.translate("GrammarText", "about {megabytes} MB").format(
        megabytes=_number(megabytes)
    )


def _number(amount: float) -> str:
    return QLocale().toString(float(amount), "g", 6)


def _seconds(amount: float) -> str:
    whole = int(amount)
    if amount == whole:
        return QCoreApplication.translate("GrammarText", "%n seconds", "", whole)
    return QCoreApplication.translate("GrammarText", "{number} seconds").format(
        number=_number(amount)
    )


def _minutes(amount: float) -> str:
    whole = int(amount)
    if amount == whole:
        return QCoreApplication.translate("GrammarText", "%n minutes", "", whole)
    return QCoreApplication.translate("GrammarText", "{number} minutes").format(
        number=_number(amount)
    )


def _ports(amount: float) -> str:
    whole = int(amount)
    if amount == whole:
        return QCoreApplication.translate("GrammarText", "%n ports", "", whole)
    return QCoreApplication.translate("GrammarText", "{number} ports").format(
        number=_number(amount)
    )


def _language(code: str) -> str:
    names = {
        "en": QCoreApplication.translate("GrammarText", "English"),
        "de": QCoreApplication.translate("GrammarText", "German"),
        "fr": QCoreApplication.translate("GrammarText", "French"),
        "es": QCoreApplication.translate("GrammarText", "Spanish"),
        "pt": QCoreApplication.translate("GrammarText", "Portuguese"),
        "auto": QCoreApplication.translate("GrammarText", "language detection"),
    }
    return names.get(code, code)


def _languages(codes: tuple[str, ...]) -> str:
    names = [_language(code) for code in codes]
    said = names[0] if names else ""
    for name in names[1:]:
        said = QCoreApplication.translate("GrammarText", "{languages} and {language}").format(
            languages=said, language=name
        )
    return said


def _ready(r: GrammarReason) -> str:
    if r.server is Server.PREMIUM:
        return QCoreApplication.translate("GrammarText", "Checking with LanguageTool Premium.")
    if r.server is Server.REMOTE:
        return QCoreApplication.translate(
            "GrammarText", "Checking with the grammar server at {host}."
        ).format(host=r.host)
    return QCoreApplication.translate(
        "GrammarText", "Checking with the local LanguageTool {version} server."
    ).format(version=r.version)


def _killed(r: GrammarReason) -> str:
    if r.detail:
        return QCoreApplication.translate(
            "GrammarText", "{server} stopped unexpectedly (killed by {signal})."
        ).format(server=_server(r), signal=r.detail)
    return QCoreApplication.translate(
        "GrammarText", "{server} stopped unexpectedly (killed by signal {number})."
    ).format(server=_server(r), number=_number(r.number))


def _exited(r: GrammarReason) -> str:
    if r.detail:
        return QCoreApplication.translate(
            "GrammarText", "{server} stopped unexpectedly (exit code {code}): {detail}"
        ).format(server=_server(r), code=_number(r.number), detail=r.detail)
    return QCoreApplication.translate(
        "GrammarText", "{server} stopped unexpectedly (exit code {code})."
    ).format(server=_server(r), code=_number(r.number))


def _refused_access(r: GrammarReason) -> str:
    if r.detail:
        return QCoreApplication.translate(
            "GrammarText", "{server} refused access (HTTP {code}): {detail}"
        ).format(server=_server(r), code=_number(r.number), detail=r.detail)
    return QCoreApplication.translate(
        "GrammarText", "{server} refused access (HTTP {code})."
    ).format(server=_server(r), code=_number(r.number))


def _http_error(r: GrammarReason) -> str:
    if r.detail:
        return QCoreApplication.translate(
            "GrammarText", "{server} answered with an error (HTTP {code}): {detail}"
        ).format(server=_server(r), code=_number(r.number), detail=r.detail)
    return QCoreApplication.translate(
        "GrammarText", "{server} answered with an error (HTTP {code})."
    ).format(server=_server(r), code=_number(r.number))


def _keyring_missing(r: GrammarReason) -> str:
    if r.server is Server.PREMIUM:
        said = QCoreApplication.translate(
            "GrammarText",
            "LanguageTool Premium needs its API key from the system keyring, but this system "
            "has no keyring Rapport can use.",
        )
    else:
        said = QCoreApplication.translate(
            "GrammarText",
            "The grammar server's login needs its password from the system keyring, but this "
            "system has no keyring Rapport can use.",
        )
    return f"{said} {how_to_get_a_keyring()}"


def _keyring_not_loaded(r: GrammarReason) -> str:
    if r.server is Server.PREMIUM:
        said = QCoreApplication.translate(
            "GrammarText",
            "LanguageTool Premium needs its API key from the system keyring, but the keyring "
            "configured for Python cannot be loaded ({error}).",
        )
    else:
        said = QCoreApplication.translate(
            "GrammarText",
            "The grammar server's login needs its password from the system keyring, but the "
            "keyring configured for Python cannot be loaded ({error}).",
        )
    return f"{said.format(error=r.detail)} {how_to_get_a_keyring()}"


def _keyring_refused(r: GrammarReason) -> str:
    if r.server is Server.PREMIUM:
        said = QCoreApplication.translate(
            "GrammarText",
            "LanguageTool Premium needs its API key from the system keyring, but the keyring "
            "refused ({error}).",
        )
    else:
        said = QCoreApplication.translate(
            "GrammarText",
            "The grammar server's login needs its password from the system keyring, but the "
            "keyring refused ({error}).",
        )
    return said.format(error=r.detail)


def _secret_not_stored(r: GrammarReason) -> str:
    """Names the keyring's entry as the keyring lists it, for someone who looks there."""
    if r.server is Server.PREMIUM:
        said = QCoreApplication.translate(
            "GrammarText",
            "No LanguageTool Premium API key is stored in the system keyring (service "
            '"{service}", entry "{entry}"). Add it in Settings.',
        )
        return said.format(service=SERVICE, entry=PREMIUM_API_KEY.key)
    said = QCoreApplication.translate(
        "GrammarText",
        "No grammar server password or API key is stored in the system keyring (service "
        '"{service}", entry "{entry}"). Add it in Settings.',
    )
    return said.format(service=SERVICE, entry=SERVER_PASSWORD.key)


def _download_unreachable(r: GrammarReason) -> str:
    if r.detail:
        said = QCoreApplication.translate(
            "GrammarText",
            "Grammar checks are off: LanguageTool {version} has to be downloaded once (about "
            "{megabytes} MB), and {host} cannot be reached ({error}). Connect to the internet, "
            "or choose a remote LanguageTool server in Settings.",
        )
    else:
        said = QCoreApplication.translate(
            "GrammarText",
            "Grammar checks are off: LanguageTool {version} has to be downloaded once (about "
            "{megabytes} MB), and {host} does not answer. Connect to the internet, or choose "
            "a remote LanguageTool server in Settings.",
        )
    return said.format(version=r.version, megabytes=_number(r.number), host=r.host, error=r.detail)


def _keeper_not_started(r: GrammarReason) -> str:
    if r.detail:
        return QCoreApplication.translate(
            "GrammarText", "The local grammar server could not be started: {error}"
        ).format(error=r.detail)
    return QCoreApplication.translate(
        "GrammarText", "The local grammar server could not be started."
    )


def _build_incomplete(r: GrammarReason) -> str:
    if r.detail:
        return QCoreApplication.translate(
            "GrammarText",
            "The LanguageTool server in {path} is incomplete ({file} is missing). Delete that "
            "folder and build it again with packaging/languagetool/build.sh.",
        ).format(path=r.path, file=r.detail)
    return QCoreApplication.translate(
        "GrammarText",
        "The LanguageTool server in {path} is incomplete (its list of jars is empty). Delete "
        "that folder and build it again with packaging/languagetool/build.sh.",
    ).format(path=r.path)


_WORDINGS: dict[Why, Callable[[GrammarReason], str]] = {
    Why.OFF: lambda r: QCoreApplication.translate(
        "GrammarText", "Grammar checks are turned off in the settings."
    ),
    Why.CLOSED: lambda r: QCoreApplication.translate(
        "GrammarText", "Grammar checks have been shut down."
    ),
    Why.NOT_STARTED: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} starts with the first check."
    ).format(server=_server(r)),
    Why.STARTING: lambda r: QCoreApplication.translate(
        "GrammarText", "Starting LanguageTool {version}; checks begin when it is ready."
    ).format(version=r.version),
    Why.DOWNLOADING: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Downloading LanguageTool {version} (about {megabytes} MB) for grammar checks…",
    ).format(version=r.version, megabytes=_number(r.number)),
    Why.LOADING: lambda r: QCoreApplication.translate(
        "GrammarText",
        "LanguageTool is loading its {languages} rules; the first check in a language "
        "takes a few seconds.",
    ).format(languages=_languages(r.languages)),
    Why.READY: _ready,
    Why.NOT_INSTALLED: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Grammar checks are off: LanguageTool is not installed on this computer, and "
        "Rapport downloads it (about {megabytes} MB) only when you ask. Allow the download "
        "in Settings, Grammar, or choose a remote LanguageTool server there.",
    ).format(megabytes=_number(r.number)),
    Why.STOPPED: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} was stopped."
    ).format(server=_server(r)),
    Why.IDLE_STOPPED: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} stopped after {minutes} without checks."
    ).format(server=_server(r), minutes=_minutes(r.number)),
    Why.CRASHED: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} stopped unexpectedly."
    ).format(server=_server(r)),
    Why.KILLED: _killed,
    Why.EXITED: _exited,
    Why.OUT_OF_MEMORY: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} ran out of memory and stopped."
    ).format(server=_server(r)),
    Why.JAVA_TOO_OLD: lambda r: QCoreApplication.translate(
        "GrammarText",
        "The Java found is too old for LanguageTool {version}; it needs Java {java} or newer.",
    ).format(version=r.version, java=_number(r.number)),
    Why.NO_JAVA: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Java was not found. Local grammar checks need Java {java} or newer; install it, or "
        "choose a remote LanguageTool server in Settings.",
    ).format(java=_number(r.number)),
    Why.START_TIMEOUT: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} did not start within {seconds}."
    ).format(server=_server(r), seconds=_seconds(r.number)),
    Why.TIMED_OUT: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} did not answer within {seconds}."
    ).format(server=_server(r), seconds=_seconds(r.number)),
    Why.REFUSED: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} refused the connection: it is not running, or not on that port."
    ).format(server=_server(r)),
    Why.NOT_FOUND: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} cannot be found; check the address and the network connection."
    ).format(server=_server(r)),
    Why.INSECURE: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} cannot be reached securely ({detail})."
    ).format(server=_server(r), detail=r.detail),
    Why.BROKE_OFF: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} broke off the connection before answering."
    ).format(server=_server(r)),
    Why.NOT_LANGUAGETOOL: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} sent an answer that is not LanguageTool's."
    ).format(server=_server(r)),
    Why.UNREACHABLE: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} cannot be reached: {detail}."
    ).format(server=_server(r), detail=r.detail),
    Why.TOO_LONG: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} refused the text as too long."
    ).format(server=_server(r)),
    Why.RATE_LIMITED: lambda r: QCoreApplication.translate(
        "GrammarText", "{server} is limiting how often it may be asked; checks resume in a moment."
    ).format(server=_server(r)),
    Why.ACCESS_REFUSED: _refused_access,
    Why.HTTP_ERROR: _http_error,
    Why.PASSWORD_NEEDS_HTTPS: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Rapport sends the grammar server's password only over HTTPS, and its address in "
        "Settings does not start with https://.",
    ),
    Why.KEY_NEEDS_HTTPS: lambda r: QCoreApplication.translate(
        "GrammarText",
        "LanguageTool Premium sends your API key only over HTTPS, and its address in "
        "Settings does not start with https://.",
    ),
    Why.USERNAME_MISSING: lambda r: QCoreApplication.translate(
        "GrammarText",
        "LanguageTool Premium needs your username (your account's e-mail address); set it "
        "in Settings.",
    ),
    Why.NO_KEYRING: _keyring_missing,
    Why.KEYRING_NOT_LOADED: _keyring_not_loaded,
    Why.KEYRING_REFUSED: _keyring_refused,
    Why.SECRET_NOT_STORED: _secret_not_stored,
    Why.DOWNLOAD_UNREACHABLE: _download_unreachable,
    Why.DOWNLOAD_FAILED: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Grammar checks are off: downloading LanguageTool {version} failed ({error}). Choose "
        "a remote LanguageTool server in Settings to check without it.",
    ).format(version=r.version, error=r.detail),
    Why.JAVA_NOT_STARTED: lambda r: QCoreApplication.translate(
        "GrammarText", "Java at {path} could not be started: {error}."
    ).format(path=r.path, error=r.detail),
    Why.PORT_TAKEN: lambda r: QCoreApplication.translate(
        "GrammarText", "Another program answered on the local grammar server's port."
    ),
    Why.NO_FREE_PORT: lambda r: QCoreApplication.translate(
        "GrammarText",
        "The local grammar server found no free port on this computer; it tried {ports}.",
    ).format(ports=_ports(r.number)),
    Why.KEEPER_NOT_STARTED: _keeper_not_started,
    Why.STARTING_ELSEWHERE: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Another Rapport has been starting the local grammar server for {seconds}; try again "
        "in a moment.",
    ).format(seconds=_seconds(r.number)),
    Why.NOT_BUILT: lambda r: QCoreApplication.translate(
        "GrammarText",
        "The LanguageTool {version} server is not installed in {path}. Build it with "
        "packaging/languagetool/build.sh (needs Maven and a network).",
    ).format(version=r.version, path=r.path),
    Why.UNREADABLE: lambda r: QCoreApplication.translate(
        "GrammarText", "The LanguageTool server in {path} cannot be read: {error}."
    ).format(path=r.path, error=r.detail),
    Why.BUILD_INCOMPLETE: _build_incomplete,
    Why.DOWNLOAD_INCOMPLETE: lambda r: QCoreApplication.translate(
        "GrammarText",
        "The LanguageTool download in {path} is incomplete ({file} is missing). Delete that "
        "folder, and Rapport downloads it again.",
    ).format(path=r.path, file=r.detail),
    Why.ADDRESS_MISSING: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Grammar checks are off: the grammar server's address is not set. Enter it in "
        "Settings, Grammar.",
    ),
    Why.ADDRESS_NOT_WEB: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Grammar checks are off: the grammar server's address in the settings is not a web "
        "address such as https://languagetool.example.org or http://localhost:8081. Correct "
        "it in Settings, Grammar.",
    ),
    Why.ADDRESS_HAS_LOGIN: lambda r: QCoreApplication.translate(
        "GrammarText",
        "Grammar checks are off: the grammar server's address in the settings holds a "
        "username or password. Enter those in their own fields in Settings, Grammar.",
    ),
    # A sentence from outside, as it came: another Rapport version's keeper words its own.
    Why.OTHER: lambda r: r.detail,
}
