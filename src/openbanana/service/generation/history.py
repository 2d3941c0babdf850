"""Chat history checks: the thought signatures on earlier `model` turns (docs/api.md, Chats and thought signatures).

Google signs every non-thought image of a model turn and its first non-thought text part, and wants them back
unchanged. The SDKs keep a streamed turn as one `model` Content per chunk, so a run of consecutive `model`
contents is one turn. A signature that is present must be one we issued over exactly what the part carries
(else the history was altered: always 400); a missing one is a 400 only in strict mode, in Google's wording.
Positions in the messages are 1-based, as Google's are.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.content import Content, Part
from openbanana.service.generation.signatures import ThoughtSigner


def verify_history(contents: Sequence[Content], signer: ThoughtSigner, *, strict: bool = False) -> None:
    """Raises InvalidArgumentError for a forged or altered signature, or (strict) a missing one."""
    for content_index, part_index, part, payload in _signed_parts(contents):
        kind = "Image" if part.inline_data is not None else "Text"
        where = f"in content position {content_index + 1}, part position {part_index + 1}."
        field = f"contents[{content_index}].parts[{part_index}].thought_signature"
        if part.thought_signature is None:
            if strict:
                raise InvalidArgumentError(f"{kind} part is missing a thought_signature {where}", field=field)
        elif not signer.verify(part.thought_signature, payload):
            raise InvalidArgumentError(f"Thought signature is not valid {where}", field=field)


def _signed_parts(contents: Sequence[Content]) -> Iterator[tuple[int, int, Part, bytes]]:
    """(content index, part index, part, signed payload) of every part Google would have signed."""
    text_seen = False  # per turn: only its first non-thought text part is signed
    for content_index, content in enumerate(contents):
        if content.role != "model":
            text_seen = False
            continue
        for part_index, part in enumerate(content.parts):
            if part.thought:
                continue
            if part.inline_data is not None:
                yield content_index, part_index, part, part.inline_data.data
            elif part.text and not text_seen:
                text_seen = True
                yield content_index, part_index, part, part.text.encode()
