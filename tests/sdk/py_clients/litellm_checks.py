"""LiteLLM against the server as a Gemini API at `api_base=…/v1beta`: completion with image output and imageConfig,
image_generation and image_edit (which LiteLLM sends to generateContent for Gemini image models), an edit through
completion, a streamed completion, a two-turn chat and acount_tokens (Gemini's countTokens). Run by
tests/sdk/test_py_clients.py in the clients' own venv; prints ONE JSON object, a section per check, and writes the
images into OUT_DIR as `<check>_<n>.<ext>`. Env: as harness.py says.
"""

from __future__ import annotations

import asyncio
from typing import Any

import litellm
from harness import BASE_URL, OUT_DIR, reference_url, run, save

litellm.suppress_debug_info = True  # its error hints go to stdout, which carries the one JSON object

API_BASE = BASE_URL + "/v1beta"
MODEL = "gemini/gemini-3-pro-image-preview"
SERVER = {"api_base": API_BASE, "api_key": "any-key"}


def image_urls(images: list[Any] | None) -> list[str]:
    """The data URLs of a message's (or a delta's) `images`: LiteLLM's `{"image_url": {"url": …}}` entries."""
    urls = []
    for image in images or []:
        entry = image if isinstance(image, dict) else image.model_dump()
        urls.append(entry["image_url"]["url"])
    return urls


def completion() -> dict[str, Any]:
    response = litellm.completion(model=MODEL, messages=[{"role": "user", "content": "a lighthouse on a cliff"}],
                                  modalities=["image", "text"], imageConfig={"aspectRatio": "16:9", "imageSize": "2K"},
                                  **SERVER)
    message = response.choices[0].message
    return {"files": save(image_urls(message.images), "completion"), "text": message.content,
            "finishReason": response.choices[0].finish_reason,
            "imageTokens": response.usage.completion_tokens_details.image_tokens}


def image_generation() -> dict[str, Any]:
    response = litellm.image_generation(model="gemini/gemini-3.1-flash-image", prompt="a lighthouse on a long pier",
                                        imageConfig={"aspectRatio": "1:4", "imageSize": "512"}, **SERVER)
    return {"files": save([f"data:image/png;base64,{image.b64_json}" for image in response.data],
                          "imageGeneration")}


def image_generation_n() -> dict[str, Any]:
    """`n=2` becomes `candidateCount: 2`, which these models refuse: LiteLLM raises the server's 400."""
    try:
        litellm.image_generation(model=MODEL, prompt="two cats", n=2, **SERVER)
    except litellm.BadRequestError as error:
        return {"status": error.status_code, "message": str(error)}
    return {"status": 200}


def image_edit() -> dict[str, Any]:
    with (OUT_DIR / "reference.png").open("rb") as image:
        response = litellm.image_edit(model=MODEL, image=image, prompt="make the sky orange", **SERVER)
    return {"files": save([f"data:image/png;base64,{image.b64_json}" for image in response.data], "imageEdit")}


def completion_edit() -> dict[str, Any]:
    response = litellm.completion(model=MODEL, modalities=["image", "text"], **SERVER, messages=[{
        "role": "user", "content": [{"type": "text", "text": "make the sky orange"},
                                    {"type": "image_url", "image_url": {"url": reference_url()}}],
    }])
    return {"files": save(image_urls(response.choices[0].message.images), "completionEdit")}


def stream() -> dict[str, Any]:
    urls: list[str] = []
    chunks = 0
    for chunk in litellm.completion(model="gemini/gemini-2.5-flash-image", stream=True, modalities=["image", "text"],
                                    messages=[{"role": "user", "content": "a paper boat"}],
                                    imageConfig={"aspectRatio": "5:4"}, **SERVER):
        chunks += 1
        urls += image_urls(getattr(chunk.choices[0].delta, "images", None))
    return {"chunks": chunks, "files": save(urls, "stream")}


def two_turns() -> dict[str, Any]:
    messages: list[dict[str, Any]] = [{"role": "user", "content": "a blue bicycle against a white wall"}]
    files = []
    for turn, follow_up in ((1, "now make the bicycle red"), (2, None)):
        message = litellm.completion(model=MODEL, messages=messages, modalities=["image", "text"],
                                     **SERVER).choices[0].message
        files += save(image_urls(message.images), f"chat_{turn}")
        messages.append(message.model_dump(exclude_none=True))
        if follow_up:
            messages.append({"role": "user", "content": follow_up})
    return {"files": files, "roles": [message["role"] for message in messages]}


def count() -> dict[str, Any]:
    # acount_tokens appends `v1beta/models/{model}:countTokens` to api_base itself, so it takes the server's root.
    result = asyncio.run(litellm.acount_tokens(
        model=MODEL, messages=[{"role": "user", "content": "a lighthouse on a cliff at dusk"}],
        api_base=BASE_URL, api_key="any-key"))
    return {"tokens": result.total_tokens, "tokenizer": result.tokenizer_type, "fromServer": result.original_response}


run({
    "completion": completion,
    "imageGeneration": image_generation,
    "imageGenerationN": image_generation_n,
    "imageEdit": image_edit,
    "completionEdit": completion_edit,
    "stream": stream,
    "chat": two_turns,
    "count": count,
})
