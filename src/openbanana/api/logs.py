"""Server logging: text for people, JSON lines for collectors; both carry the request id and neither leaks secrets.

Log lines never contain API keys or image bytes by construction (the access line drops the query string and
removes the caller's own key from the path; no handler logs bodies), and the formatters redact them anyway in case
an exception message quotes a URL or a body: configured keys, keys in the server's own `ob-` form and Google's
`AIza` form, `key=` query parameters and long base64 runs are replaced, in the message and in every field of a JSON
line (the access line's `path` too), before anything is written.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Literal

import orjson

from openbanana.api.request_ids import current_request_id

LogFormat = Literal["text", "json"]
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
ACCESS_FIELDS = ("method", "path", "status", "duration_ms")
KEY_PARAMETER = re.compile(r"(?i)([?&](?:key|api_key)=)[^&\s\"'#]+")
KEY_SHAPES = re.compile(r"(?<![A-Za-z0-9_-])(?:ob-[A-Za-z0-9_-]{16,}|AIza[A-Za-z0-9_-]{30,})")
BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{200,}={0,2}")


class Redactor:
    """Removes what must never reach a log: the server's API keys, `?key=` values and long base64 runs."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # longest first, so that a key containing another key is replaced whole
        self._secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        text = KEY_SHAPES.sub("[redacted]", text)
        text = KEY_PARAMETER.sub(r"\1[redacted]", text)
        return BASE64_RUN.sub(lambda m: f"[{len(m.group())} base64 chars]", text)


class RequestIdFilter(logging.Filter):
    """Stamps every record with the current request's id ("-" outside a request) for both formats."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id() or "-"
        return True


class TextFormatter(logging.Formatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__(TEXT_FORMAT)
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (RFC 3339, UTC), level, logger, message, request_id, access fields, exc."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        request_id = getattr(record, "request_id", None) or current_request_id()
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": self._redact(record.getMessage()),
            "request_id": None if request_id in (None, "-") else request_id,
        }
        for field in ACCESS_FIELDS:
            if hasattr(record, field):
                value = getattr(record, field)
                entry[field] = self._redact(value) if isinstance(value, str) else value
        if record.exc_info:
            entry["exc"] = self._redact(self.formatException(record.exc_info))
        elif record.exc_text:
            entry["exc"] = self._redact(record.exc_text)
        if record.stack_info:
            entry["stack"] = self._redact(self.formatStack(record.stack_info))
        return orjson.dumps(entry, default=str).decode()


def configure_logging(level: str, log_format: LogFormat, *, secrets: Iterable[str] = ()) -> None:
    """One stderr handler on the root logger; uvicorn's loggers propagate to it (serve passes log_config=None)."""
    redact = Redactor(secrets)
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter(redact) if log_format == "json" else TextFormatter(redact))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
