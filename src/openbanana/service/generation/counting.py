"""countTokens: the same accounting that usageMetadata uses, without generating anything."""

from __future__ import annotations

from openbanana.protocol.generate import CountTokensRequest
from openbanana.protocol.responses import CountTokensResponse
from openbanana.service.generation.usage import IMAGE_INPUT_TOKENS, prompt_counts, prompt_details


def count_tokens(request: CountTokensRequest) -> CountTokensResponse:
    inner = request.generate_content_request
    contents = inner.contents if inner else request.contents
    system = inner.system_instruction if inner else None
    text, images = prompt_counts(contents, system)
    return {"totalTokens": text + images * IMAGE_INPUT_TOKENS, "promptTokensDetails": prompt_details(text, images)}
