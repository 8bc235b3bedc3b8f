"""Why grammar checks are, or are not, coming: as values, and in English.

The window words a `GrammarReason` in its own language (app/ui/widgets/grammar_text.py);
`rapport` and the logs read `english(reason)`. What a reason quotes (`detail`: a line
Java left, a server's own error sentence, a system error; `path`: a file) stays as it was
written. `Why.OTHER` carries a sentence from outside as it came: the error of a keeper of
another Rapport version, which words its failures itself.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from app.grammar.matches import GrammarUnavailable
from app.secrets import HOW_TO_GET_ONE, NO_KEYRING, PREMIUM_API_KEY, SERVER_PASSWORD, SERVICE

LOCAL_SERVER_NAME = "The local grammar server"
PREMIUM_NAME = "LanguageTool Premium"


class Why(StrEnum):
    OFF = "off"
    CLOSED = "closed"
    NOT_STARTED = "not_started"
    STARTING = "starting"
    DOWNLOADING = "downloading"
    LOADING = "loading"
    READY = "ready"
    NOT_INSTALLED = "not_installed"
    STOPPED = "stopped"
    IDLE_STOPPED = "idle_stopped"
    CRASHED = "crashed"
    KILLED = "killed"
    EXITED = "exited"
    OUT_OF_MEMORY = "out_of_memory"
    JAVA_TOO_OLD = "java_too_old"
    NO_JAVA = "no_java"
    START_TIMEOUT = "start_timeout"
    TIMED_OUT = "timed_out"
    REFUSED = "refused"
    NOT_FOUND = "not_found"
    INSECURE = "insecure"
    BROKE_OFF = "broke_off"
    NOT_LANGUAGETOOL = "not_languagetool"
    UNREACHABLE = "unreachable"
    TOO_LONG = "too_long"
    RATE_LIMITED = "rate_limited"
    ACCESS_REFUSED = "access_refused"
    HTTP_ERROR = "http_error"
    PASSWORD_NEEDS_HTTPS = "password_needs_https"
    KEY_NEEDS_HTTPS = "key_needs_https"
    USERNAME_MISSING = "username_missing"
    NO_KEYRING = "no_keyring"
    KEYRING_NOT_LOADED = "keyring_not_loaded"
    KEYRING_REFUSED = "keyring_refused"
    SECRET_NOT_STORED = "secret_not_stored"
    DOWNLOAD_UNREACHABLE = "download_unreachable"
    DOWNLOAD_FAILED = "download_failed"
    JAVA_NOT_STARTED = "java_not_started"
    PORT_TAKEN = "port_taken"
    NO_FREE_PORT = "no_free_port"
    KEEPER_NOT_STARTED = "keeper_not_started"
    STARTING_ELSEWHERE = "starting_elsewhere"
    NOT_BUILT = "not_built"
    UNREADABLE = "unreadable"
    BUILD_INCOMPLETE = "build_incomplete"
    DOWNLOAD_INCOMPLETE = "download_incomplete"
    # The remote server's address, as saved (a hand-edited settings file), will not do.
    ADDRESS_MISSING = "address_missing"
    ADDRESS_NOT_WEB = "address_not_web"
    ADDRESS_HAS_LOGIN = "address_has_login"
    OTHER = "other"


class Then(StrEnum):
    """What happens next, said after the reason."""

    NOTHING = ""
    RESTARTING = "restarting"
    RESTARTS_WITH_NEXT_CHECK = "restarts_with_next_check"
    TRYING_AGAIN = "trying_again"


class Server(StrEnum):
    LOCAL = "local"
    REMOTE = "remote"
    PREMIUM = "premium"


@dataclass(frozen=True)
class GrammarReason:
    """`number` is what the sentence counts: seconds, minutes, an HTTP status, an exit
    code or signal, Java's version, megabytes, ports tried. `languages` are LanguageTool
    modules ("de"). `host` names a remote server ("host:port"), never with credentials, or
    the download's host. `path` is a file or a folder: the Java that did not start, the
    server's folder. For the keyring's
    reasons, `server` says whose secret it is: Premium's API key, a remote server's
    password."""

    why: Why
    server: Server = Server.LOCAL
    host: str = ""
    number: float = 0
    detail: str = ""
    version: str = ""
    languages: tuple[str, ...] = ()
    then: Then = Then.NOTHING
    path: str = ""

    def followed_by(self, then: Then) -> GrammarReason:
        return dataclasses.replace(self, then=then)

    def __str__(self) -> str:
        return english(self)


def other(sentence: str) -> GrammarReason:
    return GrammarReason(Why.OTHER, detail=sentence)


LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "auto": "language detection",
}

_THEN = {
    Then.NOTHING: "",
    Then.RESTARTING: " Restarting it.",
    Then.RESTARTS_WITH_NEXT_CHECK: " It restarts with the next check.",
    Then.TRYING_AGAIN: " Trying again.",
}


def server_name(reason: GrammarReason) -> str:
    """The server as the subject of a sentence."""
    if reason.server is Server.PREMIUM:
        return PREMIUM_NAME
    if reason.server is Server.REMOTE:
        return f"The grammar server at {reason.host}"
    return LOCAL_SERVER_NAME


def english(reason: GrammarReason) -> str:
    return _sentence(reason) + _THEN[reason.then]


def _seconds(amount: float) -> str:
    return "1 second" if amount == 1 else f"{amount:g} seconds"


def _needs_secret(r: GrammarReason) -> str:
    if r.server is Server.PREMIUM:
        return "LanguageTool Premium needs its API key from the system keyring"
    return "The grammar server's login needs its password from the system keyring"


def _lowered(name: str) -> str:
    """ "the local grammar server" inside a sentence; "LanguageTool Premium" as it is."""
    return name[0].lower() + name[1:] if name.startswith("The ") else name


def _sentence(r: GrammarReason) -> str:
    name, n, detail = server_name(r), r.number, r.detail
    match r.why:
        case Why.OFF:
            return "Grammar checks are turned off in the settings."
        case Why.CLOSED:
            return "Grammar checks have been shut down."
        case Why.NOT_STARTED:
            return f"{name} starts with the first check."
        case Why.STARTING:
            return f"Starting LanguageTool {r.version}; checks begin when it is ready."
        case Why.DOWNLOADING:
            return f"Downloading LanguageTool {r.version} (about {n:g} MB) for grammar checks…"
        case Why.LOADING:
            names = " and ".join(LANGUAGE_NAMES.get(code, code) for code in r.languages)
            return (
                f"LanguageTool is loading its {names} rules; the first check in a "
                "language takes a few seconds."
            )
        case Why.READY:
            if r.server is Server.LOCAL:
                return f"Checking with the local LanguageTool {r.version} server."
            return f"Checking with {_lowered(name)}."
        case Why.NOT_INSTALLED:
            return (
                "Grammar checks are off: LanguageTool is not installed on this computer, and "
                f"Rapport downloads it (about {n:g} MB) only when you ask. Allow the download in "
                "Settings, Grammar, or choose a remote LanguageTool server there."
            )
        case Why.STOPPED:
            return f"{name} was stopped."
        case Why.IDLE_STOPPED:
            minutes = "1 minute" if n == 1 else f"{n:g} minutes"
            return f"{name} stopped after {minutes} without checks."
        case Why.CRASHED:
            return f"{name} stopped unexpectedly."
        case Why.KILLED:
            how = f"killed by {detail}" if detail else f"killed by signal {n:g}"
            return f"{name} stopped unexpectedly ({how})."
        case Why.EXITED:
            said = f": {detail}" if detail else "."
            return f"{name} stopped unexpectedly (exit code {n:g}){said}"
        case Why.OUT_OF_MEMORY:
            return f"{name} ran out of memory and stopped."
        case Why.JAVA_TOO_OLD:
            return (
                f"The Java found is too old for LanguageTool {r.version}; "
                f"it needs Java {n:g} or newer."
            )
        case Why.NO_JAVA:
            return (
                f"Java was not found. Local grammar checks need Java {n:g} or newer; "
                "install it, or choose a remote LanguageTool server in Settings."
            )
        case Why.START_TIMEOUT:
            return f"{name} did not start within {_seconds(n)}."
        case Why.TIMED_OUT:
            return f"{name} did not answer within {_seconds(n)}."
        case Why.REFUSED:
            return f"{name} refused the connection: it is not running, or not on that port."
        case Why.NOT_FOUND:
            return f"{name} cannot be found; check the address and the network connection."
        case Why.INSECURE:
            return f"{name} cannot be reached securely ({detail})."
        case Why.BROKE_OFF:
            return f"{name} broke off the connection before answering."
        case Why.NOT_LANGUAGETOOL:
            return f"{name} sent an answer that is not LanguageTool's."
        case Why.UNREACHABLE:
            return f"{name} cannot be reached: {detail}."
        case Why.TOO_LONG:
            return f"{name} refused the text as too long."
        case Why.RATE_LIMITED:
            return f"{name} is limiting how often it may be asked; checks resume in a moment."
        case Why.ACCESS_REFUSED:
            return f"{name} refused access (HTTP {n:g}){_quoted(detail)}"
        case Why.HTTP_ERROR:
            return f"{name} answered with an error (HTTP {n:g}){_quoted(detail)}"
        case Why.PASSWORD_NEEDS_HTTPS:
            return (
                "Rapport sends the grammar server's password only over HTTPS, "
                "and its address in Settings does not start with https://."
            )
        case Why.KEY_NEEDS_HTTPS:
            return (
                "LanguageTool Premium sends your API key only over HTTPS, "
                "and its address in Settings does not start with https://."
            )
        case Why.USERNAME_MISSING:
            return (
                "LanguageTool Premium needs your username (your account's e-mail "
                "address); set it in Settings."
            )
        case Why.NO_KEYRING:
            return f"{_needs_secret(r)}, but {NO_KEYRING}. {HOW_TO_GET_ONE}"
        case Why.KEYRING_NOT_LOADED:
            return (
                f"{_needs_secret(r)}, but the keyring configured for Python cannot be loaded "
                f"({detail}). {HOW_TO_GET_ONE}"
            )
        case Why.KEYRING_REFUSED:
            return f"{_needs_secret(r)}, but the keyring refused ({detail})."
        case Why.SECRET_NOT_STORED:
            secret = PREMIUM_API_KEY if r.server is Server.PREMIUM else SERVER_PASSWORD
            return (
                f"No {secret.label} is stored in the system keyring (service "
                f'"{SERVICE}", entry "{secret.key}"). Add it in Settings.'
            )
        case Why.DOWNLOAD_UNREACHABLE:
            answer = f"cannot be reached ({detail})" if detail else "does not answer"
            return (
                f"Grammar checks are off: LanguageTool {r.version} has to be downloaded once "
                f"(about {n:g} MB), and {r.host} {answer}. Connect to the internet, or choose "
                "a remote LanguageTool server in Settings."
            )
        case Why.DOWNLOAD_FAILED:
            return (
                f"Grammar checks are off: downloading LanguageTool {r.version} failed "
                f"({detail}). Choose a remote LanguageTool server in Settings to check "
                "without it."
            )
        case Why.JAVA_NOT_STARTED:
            return f"Java at {r.path} could not be started: {detail}."
        case Why.PORT_TAKEN:
            return "Another program answered on the local grammar server's port."
        case Why.NO_FREE_PORT:
            ports = "1 port" if n == 1 else f"{n:g} ports"
            return f"{LOCAL_SERVER_NAME} found no free port on this computer; it tried {ports}."
        case Why.KEEPER_NOT_STARTED:
            return f"{LOCAL_SERVER_NAME} could not be started{_quoted(detail)}"
        case Why.STARTING_ELSEWHERE:
            return (
                f"Another Rapport has been starting the local grammar server for {_seconds(n)}; "
                "try again in a moment."
            )
        case Why.NOT_BUILT:
            return (
                f"The LanguageTool {r.version} server is not installed in {r.path}. Build it "
                "with packaging/languagetool/build.sh (needs Maven and a network)."
            )
        case Why.UNREADABLE:
            return f"The LanguageTool server in {r.path} cannot be read: {detail}."
        case Why.BUILD_INCOMPLETE:
            missing = f"{detail} is missing" if detail else "its list of jars is empty"
            return (
                f"The LanguageTool server in {r.path} is incomplete ({missing}). Delete that "
                "folder and build it again with packaging/languagetool/build.sh."
            )
        case Why.DOWNLOAD_INCOMPLETE:
            return (
                f"The LanguageTool download in {r.path} is incomplete ({detail} is missing). "
                "Delete that folder, and Rapport downloads it again."
            )
        case Why.ADDRESS_MISSING:
            return (
                "Grammar checks are off: the grammar server's address is not set. Enter it "
                "in Settings, Grammar."
            )
        case Why.ADDRESS_NOT_WEB:
            return (
                "Grammar checks are off: the grammar server's address in the settings is not "
                "a web address such as https://languagetool.example.org or "
                "http://localhost:8081. Correct it in Settings, Grammar."
            )
        case Why.ADDRESS_HAS_LOGIN:
            return (
                "Grammar checks are off: the grammar server's address in the settings holds "
                "a username or password. Enter those in their own fields in Settings, Grammar."
            )
        case Why.OTHER:
            return detail


def _quoted(detail: str) -> str:
    return f": {detail}" if detail else "."


def unavailable(reason: GrammarReason) -> GrammarUnavailable:
    return GrammarUnavailable(english(reason), reason)


def reason_of(exc: GrammarUnavailable) -> GrammarReason:
    return exc.reason if exc.reason is not None else other(str(exc))


def as_fields(reason: GrammarReason) -> dict[str, object]:
    """A local server's reason as JSON values, for the keeper's answer (keeper.py)."""
    return {
        "why": reason.why.value,
        "number": reason.number,
        "detail": reason.detail,
        "version": reason.version,
        "path": reason.path,
    }


def from_fields(value: object) -> GrammarReason | None:
    """The reason `as_fields` wrote; None for anything else (another version's keeper)."""
    if not isinstance(value, dict):
        return None
    why, number = value.get("why"), value.get("number")
    detail, version = value.get("detail"), value.get("version")
    path = value.get("path", "")  # a keeper of an earlier Rapport sends none
    if why not in set(Why) or isinstance(number, bool) or not isinstance(number, int | float):
        return None
    if not isinstance(detail, str) or not isinstance(version, str) or not isinstance(path, str):
        return None
    return GrammarReason(
        Why(why), number=number, detail=detail[:300], version=version[:20], path=path[:1000]
    )
