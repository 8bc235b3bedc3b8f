"""How Rapport talks to its render worker: length-prefixed JSON over the child's pipes.

Each message is a 4-byte big-endian length and that many bytes of UTF-8 JSON holding one
object. The worker first sends `{"ready": true}`, then answers each request in order.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping
from typing import IO, Any

# The hidden command-line flag that makes a Rapport process serve as the render worker.
WORKER_FLAG = "--render-worker"

_HEADER = struct.Struct(">I")
# Far above any real message (a 50,000-character template, a 20,000-character answer):
# a larger length means the stream is garbled, not a message worth allocating for.
MAX_MESSAGE = 16 * 1024 * 1024


def write_message(stream: IO[bytes], message: Mapping[str, Any]) -> None:
    payload = json.dumps(message).encode("utf-8")
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def read_message(stream: IO[bytes]) -> dict[str, Any] | None:
    """The next message, or None when the other side has closed its end.

    Raises ValueError for a stream that is not this protocol."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (length,) = _HEADER.unpack(header)
    if length > MAX_MESSAGE:
        raise ValueError(f"a render worker message of {length:,} bytes")
    payload = stream.read(length)
    if len(payload) < length:
        return None
    message = json.loads(payload)
    if not isinstance(message, dict):
        raise ValueError("a render worker message that is not an object")
    return message
