"""Bounded HTTP calls to a LanguageTool server, with every failure put in words.

Rapport does not send checks through language-tool-python's client. In 3.4.0 its only
timeout is the private class constant `LanguageTool._TIMEOUT` (300 s), spent twice per
check; building it and changing its language each cost a round trip; a failed request to a
local server restarts that server synchronously on the calling thread; and it cannot send
Premium's `username` and `apiKey`. Rapport supervises its own server, so all it needs is
one POST to /v2/check with a deadline, which urllib does.

Loading `http.client`, `ssl` and `urllib.request` takes a noticeable part of start-up, so
this module is imported on the first request (on a worker thread), not with the service.
"""

from __future__ import annotations

import dataclasses
import http.client
import json
import re
import socket
import ssl
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any, TypeVar

from app import __version__
from app.grammar.endpoint import Endpoint
from app.grammar.matches import ConnectionLost, GrammarUnavailable
from app.grammar.reasons import GrammarReason, Why, english
from app.secrets import redact

# A check answer for one message is a few kilobytes; anything far larger is not LanguageTool.
_MAX_ANSWER = 4 * 1024 * 1024
_T = TypeVar("_T")


def check(endpoint: Endpoint, text: str, language: str, *, timeout: float) -> Any:
    """POST a check and return the decoded JSON answer, within `timeout` seconds in all."""
    body = urllib.parse.urlencode({**endpoint.fields, "text": text, "language": language})
    request = urllib.request.Request(
        endpoint.url + "check",
        data=body.encode("utf-8"),
        headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": "application/json",
            "User-Agent": f"Rapport/{__version__}",
            **endpoint.headers,
        },
        method="POST",
    )
    try:
        raw = _within(timeout, lambda: _fetch(request, endpoint.local, timeout))
        return json.loads(raw)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        explained = _explain(exc, timeout)
        reason = dataclasses.replace(
            explained,
            server=endpoint.server,
            host=endpoint.host,
            detail=redact(explained.detail, endpoint.secrets),
        )
        lost = _lost(exc)
        raise (ConnectionLost if lost else GrammarUnavailable)(english(reason), reason) from None


def answers(url: str, *, timeout: float) -> bool:
    """Whether a server on this computer answers a GET of `url` with success."""
    try:
        _within(timeout, lambda: _fetch(urllib.request.Request(url), True, timeout))
    except (OSError, http.client.HTTPException):
        return False
    return True


def _fetch(request: urllib.request.Request, local: bool, timeout: float) -> bytes:
    handlers = [urllib.request.ProxyHandler({})] if local else []
    opener = urllib.request.build_opener(*handlers)
    with opener.open(request, timeout=timeout) as response:
        raw: bytes = response.read(_MAX_ANSWER + 1)
    if len(raw) > _MAX_ANSWER:
        raise ValueError("answer too large")
    return raw


def _within(timeout: float, call: Callable[[], _T]) -> _T:
    """Run `call` on a helper thread and give up waiting after `timeout` seconds.

    urllib's timeout bounds each socket operation, not the request: name resolution is
    not covered at all, and a server trickling its answer can take far longer. The helper
    thread ends by itself once those per-operation timeouts fire.
    """
    outcome: list[_T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the waiting thread below
            failure.append(exc)

    worker = threading.Thread(target=run, name="rapport-http", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TimeoutError("request took too long")
    if failure:
        raise failure[0]
    return outcome[0]


def _lost(exc: BaseException) -> bool:
    """Whether the connection was broken off, as `_explain` words it."""
    if isinstance(exc, urllib.error.HTTPError):
        return False
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    return isinstance(exc, ConnectionError | http.client.HTTPException) and not isinstance(
        exc, ConnectionRefusedError
    )


def _explain(exc: BaseException, timeout: float) -> GrammarReason:
    """Why a request failed, for a person (the caller names the server)."""
    if isinstance(exc, urllib.error.HTTPError):
        return _explain_status(exc)
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    if isinstance(exc, TimeoutError):
        return GrammarReason(Why.TIMED_OUT, number=timeout)
    if isinstance(exc, ConnectionRefusedError):
        return GrammarReason(Why.REFUSED)
    if isinstance(exc, socket.gaierror):
        return GrammarReason(Why.NOT_FOUND)
    if isinstance(exc, ssl.SSLError):
        return GrammarReason(Why.INSECURE, detail=str(exc.reason or exc))
    if isinstance(exc, ConnectionError | http.client.HTTPException):
        return GrammarReason(Why.BROKE_OFF)
    if isinstance(exc, ValueError):
        return GrammarReason(Why.NOT_LANGUAGETOOL)
    if isinstance(exc, OSError) and exc.strerror:
        return GrammarReason(Why.UNREACHABLE, detail=exc.strerror)
    return GrammarReason(Why.UNREACHABLE, detail=str(exc))


def _explain_status(exc: urllib.error.HTTPError) -> GrammarReason:
    code = exc.code
    if code == 413:
        return GrammarReason(Why.TOO_LONG)
    if code in (426, 429):
        return GrammarReason(Why.RATE_LIMITED)
    detail = _server_detail(exc)
    if code in (401, 403):
        return GrammarReason(Why.ACCESS_REFUSED, number=code, detail=detail)
    return GrammarReason(Why.HTTP_ERROR, number=code, detail=detail)


def _server_detail(exc: urllib.error.HTTPError) -> str:
    """The first sentence of LanguageTool's plain-text error, or ""."""
    try:
        text = exc.read(2048).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    # LanguageTool writes "Error: org.languagetool.server.AuthException: This is ...".
    text = re.sub(r"^\s*Error:\s*", "", text)
    text = re.sub(r"^[\w.$]+(?:Exception|Error):\s*", "", text)
    return re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0][:200]
