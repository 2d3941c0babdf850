"""The served models: names the API answers to, in Google's Model shape."""

from __future__ import annotations

from collections.abc import Mapping

from openbanana.config import DEFAULT_MODELS
from openbanana.errors import ConfigError, InvalidArgumentError, NotFoundError
from openbanana.protocol.responses import Model, PublisherModel
from openbanana.service.family import DEFAULT_CARD, FAMILY, ModelCard, card_for

INPUT_TOKEN_LIMIT = DEFAULT_CARD.input_token_limit  # the default model's limit (each request checks its own card)
METHODS = ["generateContent", "countTokens", "streamGenerateContent", "batchGenerateContent"]


class UnknownBaseModelError(ConfigError, ValueError):
    """An operator's NAME=MODEL_ID names no built-in model."""


class ModelCatalog:
    """Served names → their ModelCard: a built-in id is its own card; an operator's name answers as the card it names
    (`served_models=NAME=MODEL_ID`), or as the default model."""

    def __init__(self, names: tuple[str, ...], bases: Mapping[str, str | None] | None = None) -> None:
        self._cards = {name: _card(name, (bases or {}).get(name)) for name in dict.fromkeys(names)}

    @classmethod
    def default(cls) -> ModelCatalog:
        """The built-in family, every id served."""
        return cls(DEFAULT_MODELS)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._cards)

    def card(self, name: str) -> ModelCard:
        """The served name's card (the default model's for a name this catalog does not serve)."""
        return self._cards.get(name.removeprefix("models/"), DEFAULT_CARD)

    def resolve(self, model: str, *, api_version: str = "v1beta", method: str = "generateContent") -> str:
        """'models/x' or 'x' → the served name; unknown → 404 with Google's ListModels hint."""
        name = model.removeprefix("models/")
        if name in self._cards:
            return name
        raise NotFoundError(
            f"models/{name} is not found for API version {api_version}, or is not supported for {method}. "
            "Call ListModels to see the list of available models and their supported methods."
        )

    def describe(self, name: str) -> Model:
        """The Gemini API's Model resource for a served name."""
        card = self._cards[name]
        return {
            "name": f"models/{name}",
            "baseModelId": card.model_id,
            "version": card.version,
            "displayName": card.display_name,
            "description": card.description if name == card.model_id else f"{card.description}, served as {name}",
            "inputTokenLimit": card.input_token_limit,
            "outputTokenLimit": card.output_token_limit,
            "supportedGenerationMethods": METHODS,
            "temperature": 1.0,
            "topP": 0.95,
            "topK": 64,
            "maxTemperature": card.max_temperature,
            "thinking": card.thinking,
        }

    def describe_publisher_model(self, name: str) -> PublisherModel:
        """Vertex AI's PublisherModel resource for a served name (the SDKs read name, versionId, displayName and
        description from it)."""
        card = self._cards[name]
        return {
            "name": f"publishers/google/models/{name}",
            "versionId": card.version,
            "displayName": card.display_name,
            "description": self.describe(name)["description"],
            "launchStage": "PUBLIC_PREVIEW" if "preview" in card.model_id else "GA",
            "openSourceCategory": "PROPRIETARY",
        }

    def page(self, page_size: int | None, page_token: str | None) -> tuple[list[str], str | None]:
        """One page of served names; the token is the index of the next one, as a string."""
        size = 50 if not page_size or page_size <= 0 else min(page_size, 1000)
        start = _parse_token(page_token)
        names = self.names
        following = start + size
        return list(names[start:following]), str(following) if following < len(names) else None


def _parse_token(token: str | None) -> int:
    if not token:
        return 0
    if not (token.isascii() and token.isdigit() and len(token) <= 9):  # "²" is a digit int() refuses
        raise InvalidArgumentError(f"pageToken {token[:40]!r} is not a token this server issued", field="pageToken")
    return int(token)


def _card(name: str, base: str | None) -> ModelCard:
    card = card_for(base or name)
    if card is None and base is not None:
        raise UnknownBaseModelError(f"served_models: {name}={base} names no built-in model; use one of "
                                    f"{', '.join(FAMILY)}")
    return card or DEFAULT_CARD
