"""The served models: names the API answers to, in Google's Model shape."""

from __future__ import annotations

from openbanana.errors import InvalidArgumentError, NotFoundError
from openbanana.protocol.responses import Model

DISPLAY_NAME = "Nano Banana Pro"
INPUT_TOKEN_LIMIT = 131072
OUTPUT_TOKEN_LIMIT = 32768
METHODS = ["generateContent", "countTokens", "streamGenerateContent", "batchGenerateContent"]


class ModelCatalog:
    """Served names → Model resources; the first name is the canonical one the others alias."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = tuple(dict.fromkeys(names))

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    def resolve(self, model: str, *, api_version: str = "v1beta", method: str = "generateContent") -> str:
        """'models/x' or 'x' → the served name; unknown → 404 with Google's ListModels hint."""
        name = model.removeprefix("models/")
        if name in self._names:
            return name
        raise NotFoundError(
            f"models/{name} is not found for API version {api_version}, or is not supported for {method}. "
            "Call ListModels to see the list of available models and their supported methods."
        )

    def describe(self, name: str) -> Model:
        return {
            "name": f"models/{name}",
            "baseModelId": self._names[0],
            "version": "3.0",
            "displayName": DISPLAY_NAME if name == self._names[0] else f"{DISPLAY_NAME} ({name})",
            "description": "Gemini 3 Pro Image Preview, served by openbanana",
            "inputTokenLimit": INPUT_TOKEN_LIMIT,
            "outputTokenLimit": OUTPUT_TOKEN_LIMIT,
            "supportedGenerationMethods": METHODS,
            "temperature": 1.0,
            "topP": 0.95,
            "topK": 64,
            "maxTemperature": 1.0,
            "thinking": True,
        }

    def page(self, page_size: int | None, page_token: str | None) -> tuple[list[Model], str | None]:
        """One page of models; the token is the index of the next model, as a string."""
        size = 50 if not page_size or page_size <= 0 else min(page_size, 1000)
        start = _parse_token(page_token)
        chunk = self._names[start : start + size]
        following = start + size
        return [self.describe(n) for n in chunk], str(following) if following < len(self._names) else None


def _parse_token(token: str | None) -> int:
    if not token:
        return 0
    if not (token.isascii() and token.isdigit() and len(token) <= 9):  # "²" is a digit int() refuses
        raise InvalidArgumentError(f"pageToken {token[:40]!r} is not a token this server issued", field="pageToken")
    return int(token)
