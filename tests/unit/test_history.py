"""Thought signatures in chat history: issued ones verify, altered ones are rejected, missing ones only in strict."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.content import Content
from openbanana.service.generation.history import verify_history
from openbanana.service.generation.signatures import ThoughtSigner

SIGNER = ThoughtSigner(b"k" * 32)
IMAGE = b"\x89PNG\r\n\x1a\nnot-really-pixels"
ANSWER = "Here is your image."


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def model_parts(response_id: str = "r1", image: bytes = IMAGE, answer: str = ANSWER) -> list[dict[str, Any]]:
    """A model turn as we send it: thoughts (unsigned), the signed answer text, the signed final image."""
    return [
        {"text": "**Planning**", "thought": True},
        {"inlineData": {"mimeType": "image/jpeg", "data": b64(b"draft")}, "thought": True},
        {"text": answer, "thoughtSignature": b64(SIGNER.sign(response_id, answer.encode()))},
        {"inlineData": {"mimeType": "image/png", "data": b64(image)},
         "thoughtSignature": b64(SIGNER.sign(response_id, image))},
    ]


def history(*model_turns: list[dict[str, Any]]) -> list[Content]:
    contents: list[dict[str, Any]] = [{"role": "user", "parts": [{"text": "a kite"}]}]
    for parts in model_turns:
        contents += [{"role": "model", "parts": parts}, {"role": "user", "parts": [{"text": "bluer"}]}]
    return [Content.model_validate(c) for c in contents]


def error(contents: list[Content], *, strict: bool = False) -> str:
    with pytest.raises(InvalidArgumentError) as info:
        verify_history(contents, SIGNER, strict=strict)
    return info.value.message


@pytest.mark.parametrize("strict", [False, True])
def test_signatures_we_issued_verify(strict: bool) -> None:
    verify_history(history(model_parts("r1"), model_parts("r2", image=b"other")), SIGNER, strict=strict)


def test_url_safe_base64_signatures_verify() -> None:
    parts = model_parts()
    for part in parts[2:]:
        part["thoughtSignature"] = base64.urlsafe_b64encode(base64.b64decode(part["thoughtSignature"])).decode()
    verify_history(history(parts), SIGNER, strict=True)


def test_tampered_image_bytes_are_rejected_even_when_lenient() -> None:
    parts = model_parts()
    parts[3]["inlineData"]["data"] = b64(IMAGE + b"!")
    assert error(history(parts)) == "Thought signature is not valid in content position 2, part position 4."


def test_tampered_text_is_rejected() -> None:
    parts = model_parts()
    parts[2]["text"] = ANSWER + " (edited)"
    assert error(history(parts)) == "Thought signature is not valid in content position 2, part position 3."


def test_tampered_or_foreign_signature_is_rejected() -> None:
    parts = model_parts()
    signature = bytearray(base64.b64decode(parts[3]["thoughtSignature"]))
    signature[-1] ^= 1
    parts[3]["thoughtSignature"] = b64(bytes(signature))
    assert error(history(parts)) == "Thought signature is not valid in content position 2, part position 4."
    other = ThoughtSigner(b"x" * 32)  # another server's secret
    parts = model_parts()
    parts[2]["thoughtSignature"] = b64(other.sign("r1", ANSWER.encode()))
    assert error(history(parts)).endswith("content position 2, part position 3.")
    parts = model_parts()
    parts[2]["thoughtSignature"] = b64(b"\x01")  # too short to be anything
    assert error(history(parts)).startswith("Thought signature is not valid")


def test_missing_signatures_pass_leniently_and_fail_in_strict_mode() -> None:
    parts = model_parts()
    del parts[3]["thoughtSignature"]
    contents = history(model_parts("r0"), parts)
    verify_history(contents, SIGNER)
    assert error(contents, strict=True) == (
        "Image part is missing a thought_signature in content position 4, part position 4.")
    parts = model_parts()
    del parts[2]["thoughtSignature"]
    assert error(history(parts), strict=True) == (
        "Text part is missing a thought_signature in content position 2, part position 3.")


def test_thought_parts_later_texts_and_user_parts_are_not_checked() -> None:
    parts = [*model_parts(), {"text": "A later text part, unsigned as Google leaves it."}]
    contents = history(parts)
    contents[0].parts.append(Content.model_validate(
        {"parts": [{"inlineData": {"mimeType": "image/png", "data": b64(b"user")}, "thoughtSignature": "AQ"}]}
    ).parts[0])  # user parts are never checked, whatever they carry
    verify_history(contents, SIGNER, strict=True)


def streamed(parts: list[dict[str, Any]]) -> list[Content]:
    """A streamed turn as the SDKs keep it: one model Content per chunk, plus a further unsigned text chunk."""
    chunks = [{"role": "model", "parts": [part]} for part in parts]
    chunks.append({"role": "model", "parts": [{"text": "(a further unsigned text chunk)"}]})
    return [Content.model_validate(c) for c in (
        {"role": "user", "parts": [{"text": "a kite"}]}, *chunks, {"role": "user", "parts": [{"text": "bluer"}]})]


def test_a_streamed_turn_spans_consecutive_model_contents() -> None:
    verify_history(streamed(model_parts()), SIGNER, strict=True)  # the later text is not the turn's first
    parts = model_parts()
    del parts[3]["thoughtSignature"]  # the final image, in its own chunk (content 5)
    assert error(streamed(parts), strict=True) == (
        "Image part is missing a thought_signature in content position 5, part position 1.")
    parts = model_parts()
    parts[2]["text"] = "changed"  # the answer text chunk (content 4)
    assert error(streamed(parts)) == "Thought signature is not valid in content position 4, part position 1."
