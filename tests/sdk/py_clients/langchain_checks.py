"""langchain-google-genai 4.x (built on google-genai) against the server: invoke with image output and imageConfig,
an edit with an input image, stream, a two-turn chat and get_num_tokens (a countTokens call). Run by
tests/sdk/test_py_clients.py in the clients' own venv; prints ONE JSON object, a section per check, and writes the
images into OUT_DIR as `<check>_<n>.<ext>`. Env: as harness.py says.
"""

from __future__ import annotations

from typing import Any

from harness import BASE_URL, reference_url, run, save
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_google_genai import ChatGoogleGenerativeAI

MODEL = "gemini-3-pro-image-preview"


def chat(model: str = MODEL, **fields: Any) -> ChatGoogleGenerativeAI:
    return ChatGoogleGenerativeAI(model=model, google_api_key="any-key", base_url=BASE_URL,
                                  response_modalities=["TEXT", "IMAGE"], **fields)


def data_urls(message: BaseMessage) -> list[str]:
    """The image data URLs of a message's content, in either block shape LangChain writes."""
    blocks = message.content if isinstance(message.content, list) else []
    urls = []
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "image_url":
            url = block["image_url"]
            urls.append(url["url"] if isinstance(url, dict) else url)
        elif block.get("type") == "image" and block.get("base64"):
            urls.append(f"data:{block.get('mime_type', 'image/png')};base64,{block['base64']}")
    return urls


def saved(message: BaseMessage, name: str) -> list[str]:
    return save(data_urls(message), name)


def invoke() -> dict[str, Any]:
    message = chat(image_config={"aspect_ratio": "4:5", "image_size": "2K"}).invoke("a tall glass of lemonade")
    usage = getattr(message, "usage_metadata", None) or {}
    return {"files": saved(message, "invoke"), "finishReason": message.response_metadata.get("finish_reason"),
            "outputTokens": usage.get("output_tokens")}


def nano_banana_2() -> dict[str, Any]:
    message = chat("gemini-3.1-flash-image", image_config={"aspect_ratio": "8:1", "image_size": "512"}).invoke(
        "a very long train")
    return {"files": saved(message, "nanoBanana2")}


def edit() -> dict[str, Any]:
    message = chat().invoke([HumanMessage(content=[
        {"type": "text", "text": "make the sky orange"},
        {"type": "image_url", "image_url": {"url": reference_url()}},
    ])])
    return {"files": saved(message, "edit")}


def stream() -> dict[str, Any]:
    merged: Any = None
    chunks = 0
    for chunk in chat("gemini-2.5-flash-image", image_config={"aspect_ratio": "2:3"}).stream("a paper boat"):
        chunks += 1
        merged = chunk if merged is None else merged + chunk
    return {"chunks": chunks, "files": saved(merged, "stream") if merged is not None else []}


def two_turns() -> dict[str, Any]:
    model = chat()
    history: list[BaseMessage] = [HumanMessage(content="a blue bicycle against a white wall")]
    first = model.invoke(history)
    history += [first, HumanMessage(content="now make the bicycle red")]
    second = model.invoke(history)
    return {"files": saved(first, "chat_1") + saved(second, "chat_2"),
            "firstIsAI": isinstance(first, AIMessage)}


def count() -> dict[str, Any]:
    return {"tokens": chat().get_num_tokens("a lighthouse on a cliff at dusk")}


run({
    "invoke": invoke,
    "nanoBanana2": nano_banana_2,
    "edit": edit,
    "stream": stream,
    "chat": two_turns,
    "count": count,
})
