"""`alt` and `$alt`: how an answer is encoded, as Google's front end reads the system parameter.

`alt=sse` streams server-sent events; `json` (the default) answers JSON (a JSON array when streamed). Google's
generated REST clients (the legacy `google-generativeai` SDK, LangChain 2.x) send `$alt=json;enum-encoding=int` and
read enum values as numbers; every other client gets names.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.enums import with_int_enums

MEDIA = ("json", "sse")


@dataclass(frozen=True)
class AnswerEncoding:
    sse: bool = False
    int_enums: bool = False

    def encode(self, answer: Mapping[str, Any]) -> Mapping[str, Any]:
        return with_int_enums(answer) if self.int_enums else answer

    async def events(self, events: AsyncIterator[Any]) -> AsyncIterator[Mapping[str, Any]]:
        async for event in events:
            yield self.encode(event)


_HELP = "json (the default) or sse, optionally with ';enum-encoding=int' for enum values as numbers"


def answer_encoding(alt: str | None = Query(default=None, description=_HELP),
                    dollar_alt: str | None = Query(default=None, alias="$alt", description=_HELP)) -> AnswerEncoding:
    """`alt` or `$alt` (a FastAPI dependency): `json` or `sse`, each optionally with `;enum-encoding=int`."""
    value = alt if alt is not None else dollar_alt
    if value is None:
        return AnswerEncoding()
    media, *options = (piece.strip().lower() for piece in value.split(";"))
    if media not in MEDIA:
        raise InvalidArgumentError(
            f"Invalid value at 'alt' ({value[:40]!r}): this server answers json or sse, optionally with "
            "';enum-encoding=int'.", field="alt")
    return AnswerEncoding(sse=media == "sse", int_enums="enum-encoding=int" in options)


Encoding = Annotated[AnswerEncoding, Depends(answer_encoding)]
"""A route parameter: the answer's encoding, from the query."""
