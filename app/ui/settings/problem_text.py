"""What is wrong with the settings as typed, in the window's language. The core names it
(app/settings.py, `Problem`) and says it in English for `rapport config`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.settings import Problem


def problem_text(problem: Problem) -> str:
    if problem is Problem.LANGUAGE_CODE:
        return QCoreApplication.translate(
            "ProblemText",
            "Grammar language must be a language code such as en-US, en-GB, de, fr or pt-BR "
            "(or auto, to detect it).",
        )
    if problem is Problem.URL_NOT_WEB:
        return QCoreApplication.translate(
            "ProblemText",
            "The grammar server address must be a web address, such as "
            "https://languagetool.example.org or http://localhost:8081.",
        )
    if problem is Problem.URL_HAS_LOGIN:
        return QCoreApplication.translate(
            "ProblemText",
            "The grammar server address must not contain a username or password; enter "
            "those in their own fields.",
        )
    if problem is Problem.URL_MISSING:
        return QCoreApplication.translate(
            "ProblemText", "Checking with a grammar server needs the server's address."
        )
    return QCoreApplication.translate(
        "ProblemText",
        "LanguageTool Premium needs your username (your account's e-mail address).",
    )
