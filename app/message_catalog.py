"""The sentences the checker and the triage say, in each of Rapport's languages.

They live in `resources/messages/<code>.toml`, one file a language, so that a translator
edits text, not code: a table per part (`[checker]`, `[triage]`), each sentence under a
key, with named placeholders in braces (`{call}`, `{phrase}`). Every file has the same
keys and placeholders as the English one. A sentence is said in the language of the
message it is about, so a German note gets German advice.
"""

from __future__ import annotations

from functools import cache

from app import paths
from app.languages import DEFAULT_LANGUAGE, LANGUAGES

FOLDER = "messages"


class CatalogError(Exception):
    """A shipped message catalogue is missing or malformed; the message names the file."""


def say(language: str, key: str, **values: object) -> str:
    """The sentence `key` ("checker.cliche") in `language`, its placeholders filled with
    `values`; a language Rapport does not write in gets English."""
    code = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return catalog(code)[key].format_map(values)


@cache
def catalog(language: str) -> dict[str, str]:
    """Every sentence of `language`'s file, under "table.key"."""
    import tomllib  # with the first sentence said, not with the modules that say them

    path = paths.resources_dir() / FOLDER / f"{language}.toml"
    try:
        with path.open("rb") as file:
            tables = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"The message catalogue {path} cannot be read: {exc}.") from exc
    sentences: dict[str, str] = {}
    for table, entries in tables.items():
        if not isinstance(entries, dict):
            raise CatalogError(f"The message catalogue {path}: '{table}' is not a table.")
        for key, text in entries.items():
            if not isinstance(text, str):
                raise CatalogError(f"The message catalogue {path}: '{table}.{key}' is not text.")
            sentences[f"{table}.{key}"] = text
    return sentences
