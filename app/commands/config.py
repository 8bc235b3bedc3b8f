"""`rapport config`: read and change the settings the Settings dialog shows.

    rapport config list [--json]
    rapport config get KEY
    rapport config set KEY VALUE [--copy-data]
    rapport config set-secret KEY -        (the value is read from standard input)
    rapport config delete-secret KEY

Lists are comma-separated and booleans true or false. Secrets go only to the system
keyring and are never printed; `list` says only whether each one is set.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from app import data_folder, paths, secrets
from app.commands.common import fail, warn
from app.sentences import QT_TRANSLATE_NOOP
from app.settings import (
    KEYS,
    Settings,
    SettingsError,
    format_setting,
    load_settings,
    parse_setting,
    save_settings,
    settings_problems,
)

DATA_FOLDER = "data_folder"
ALL_KEYS = (*KEYS, DATA_FOLDER)

# API keys and passwords are tens of characters; standard input is read no further.
_SECRET_LIMIT = 4096


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "config",
        help="show or change settings and secrets",
        description=f"Settings: {', '.join(ALL_KEYS)}. Secrets: {', '.join(secrets.SECRETS)}.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("list", help="every setting, and whether each secret is set")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    get = actions.add_parser("get", help="print one setting")
    get.add_argument("key", metavar="KEY")
    put = actions.add_parser(
        "set",
        help="change one setting",
        epilog='Lists are comma-separated ("Friends, Clients"); booleans are true or false. '
        'data_folder takes a full path, or "" for the default folder.',
    )
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.add_argument(
        "--copy-data",
        action="store_true",
        help="with data_folder: copy your data into the new folder (it must hold none yet)",
    )
    store = actions.add_parser("set-secret", help="store a secret in the system keyring")
    store.add_argument("key", metavar="KEY", help=", ".join(secrets.SECRETS))
    store.add_argument("source", metavar="-", help="read the value from standard input")
    forget = actions.add_parser("delete-secret", help="remove a secret from the system keyring")
    forget.add_argument("key", metavar="KEY", help=", ".join(secrets.SECRETS))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        action = _ACTIONS[args.action]
        return action(args)
    except (SettingsError, data_folder.FolderProblem, secrets.SecretStoreError) as exc:
        return fail("config", str(exc))


def _list(args: argparse.Namespace) -> int:
    settings = load_settings(paths.settings_path())
    values = {key: getattr(settings, key) for key in KEYS}
    problem = secrets.keyring_problem()
    # None: unknown, as there is no keyring to ask.
    kept = {
        key: None if problem else secrets.secret_is_set(secret)
        for key, secret in secrets.SECRETS.items()
    }
    folder = str(paths.data_dir())
    if args.json:
        shown = {key: list(v) if isinstance(v, tuple) else v for key, v in values.items()}
        print(json.dumps({**shown, DATA_FOLDER: folder, "secrets": kept}, ensure_ascii=False))
    else:
        for key, value in values.items():
            print(f"{key} = {format_setting(value)}")
        print(f"{DATA_FOLDER} = {folder}{_override_note()}")
        for key, is_set in kept.items():
            state = {None: "no keyring on this system", True: "set", False: "not set"}[is_set]
            print(f"{key}: {state}")
    if problem:
        warn("config", secrets.english(problem))
    return 0


def _get(args: argparse.Namespace) -> int:
    key = _setting_key(args.key)
    if key == DATA_FOLDER:
        print(paths.data_dir())
    else:
        print(format_setting(getattr(load_settings(paths.settings_path()), key)))
    return 0


def _set(args: argparse.Namespace) -> int:
    key = _setting_key(args.key)
    if key == DATA_FOLDER:
        return _set_data_folder(args.value, copy=args.copy_data)
    if args.copy_data:
        return fail("config", "--copy-data goes only with data_folder.")
    path = paths.settings_path()
    # A broken file is reported, never replaced: it may hold settings worth fixing by hand.
    settings = load_settings(path)
    try:
        value = parse_setting(key, args.value)
    except SettingsError as exc:
        return fail("config", f"{key}: {exc}")
    settings = settings.replace(**{key: value})
    save_settings(settings, path)
    print(f"{key} = {format_setting(getattr(settings, key))}")
    _note_problems(settings)
    return 0


def _set_secret(args: argparse.Namespace) -> int:
    secret = _secret(args.key)
    if args.source != "-":
        return fail(
            "config",
            f"give - and type the value on standard input (rapport config set-secret "
            f"{secret.key} -): a value on the command line stays in the shell's history.",
        )
    if sys.stdin is None:
        return fail("config", "there is no standard input to read the value from.")
    if sys.stdin.isatty():
        value = getpass.getpass(f"{secret.label[0].upper()}{secret.label[1:]}: ")
    else:
        value = sys.stdin.read(_SECRET_LIMIT + 1)
        if len(value) > _SECRET_LIMIT:
            return fail("config", f"a {secret.label} is not that long; nothing was changed.")
    value = value.removesuffix("\n").removesuffix("\r")
    if not value:
        return fail("config", f"standard input was empty; the {secret.label} was not changed.")
    if "\n" in value or "\r" in value:
        return fail("config", f"the {secret.label} must be one line; it was not changed.")
    secrets.store_secret(secret, value)
    print(f"Stored the {secret.label} in the system keyring.")
    return 0


def _delete_secret(args: argparse.Namespace) -> int:
    secret = _secret(args.key)
    if secrets.delete_secret(secret):
        print(f"Removed the {secret.label} from the system keyring.")
    else:
        print(f"No {secret.label} was stored; nothing to remove.")
    return 0


_ACTIONS = {
    "list": _list,
    "get": _get,
    "set": _set,
    "set-secret": _set_secret,
    "delete-secret": _delete_secret,
}


def _set_data_folder(value: str, *, copy: bool) -> int:
    home = data_folder.home_override()
    if home is not None:
        return fail(
            "config",
            f"RAPPORT_HOME is set, so Rapport keeps its data in {home} whatever the setting "
            "says; unset RAPPORT_HOME to choose a data folder.",
        )
    typed = Path(value.strip()).expanduser().absolute()  # relative to where it was typed
    chosen = data_folder.check_folder(str(typed)) if value.strip() else None
    target = chosen or paths.default_data_dir()
    try:
        current = paths.data_dir()
        unchanged = target == data_folder.next_start_folder()
    except paths.DataFolderError as exc:
        # A record pointing at a folder that is gone, or damaged: this command mends it.
        if copy:
            return fail("config", f"{exc.strerror} ({exc.filename}); there is nothing to copy.")
        current, unchanged = None, False
    if unchanged:
        print(f"{DATA_FOLDER} = {target} (unchanged)")
        return 0
    data_folder.change_folder(chosen, copy_from=current if copy else None)
    print(f"{DATA_FOLDER} = {target}")
    if copy:
        print(f"Your data was copied there from {current}, which keeps its copy.")
    elif current is not None and not data_folder.holds_rapport_data(target):
        print(
            f"The new folder holds no Rapport data; yours stays in {current}. To take it "
            "along, run this again with --copy-data.",
            file=sys.stderr,
        )
    print("Rapport uses the new folder from its next start.")
    return 0


def _setting_key(key: str) -> str:
    if key in ALL_KEYS:
        return key
    if key in secrets.SECRETS:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "SettingsError",
                "{key} is a secret, kept in the system keyring: use "
                "rapport config set-secret {key} - (or delete-secret).",
            )(key=key)
        )
    raise SettingsError(
        QT_TRANSLATE_NOOP(
            "SettingsError", "there is no setting '{key}'. The settings are: {keys}."
        )(key=key, keys=", ".join(ALL_KEYS))
    )


def _secret(key: str) -> secrets.Secret:
    if key not in secrets.SECRETS:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "SettingsError", "there is no secret '{key}'. The secrets are: {keys}."
            )(key=key, keys=", ".join(secrets.SECRETS))
        )
    return secrets.SECRETS[key]


def _note_problems(settings: Settings) -> None:
    for key, problem in settings_problems(settings).items():
        warn("config", f"note: {problem} (rapport config set {key} …)")


def _override_note() -> str:
    return " (from RAPPORT_HOME)" if data_folder.home_override() else ""
