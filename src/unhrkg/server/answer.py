"""What the server sends back: an HTTP answer (status, content type, body, headers) and its usual forms.

Built in the query workers as well as in the HTTP threads, so it is a plain value that
crosses the pipe between them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def text_answer(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode())


def json_answer(status: int, data: Any) -> Answer:
    return Answer(status, "application/json", json.dumps(data, ensure_ascii=False, indent=1).encode())


def memory_answer(megabytes: int) -> Answer:
    return text_answer(503, f"the query needed more memory than the server allows one query ({megabytes} MB) "
                            "and was stopped")
