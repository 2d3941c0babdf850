"""Step 2 of the flow, for what differs between models: thinking and grounding, checked against the model's card,
with errors that name the values the model itself accepts."""

from __future__ import annotations

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.generate import ThinkingConfig, Tool
from openbanana.service.family import ModelCard


def wants_thoughts(card: ModelCard, model: str, thinking: ThinkingConfig | None) -> bool:
    """includeThoughts on a thinking model. A model with thinking levels checks the one asked for; the others accept
    and ignore thinkingLevel, as Google's answer to it differs between them."""
    if thinking is None:
        return False
    level = thinking.thinking_level
    if card.thinking_levels and level is not None and level not in card.thinking_levels:
        allowed = " or ".join(f"'{value}'" for value in card.thinking_levels)
        raise InvalidArgumentError(
            f"* GenerateContentRequest.generation_config.thinking_config.thinking_level: {model} takes {allowed}; "
            f"got {level!r}.\n",
            field="generation_config.thinking_config.thinking_level",
        )
    return bool(thinking.include_thoughts) and card.thinking


def wants_grounding(card: ModelCard, model: str, tools: list[Tool] | None) -> bool:
    """Whether the request names googleSearch, with only the search types the model takes (webSearch when it names
    none)."""
    searches = [tool.google_search for tool in tools or () if tool.google_search is not None]
    if not searches:
        return False
    if not card.grounding:
        raise InvalidArgumentError(f"Search grounding (tools.googleSearch) is not supported by {model}.",
                                   field="tools")
    for index, search in enumerate(searches):
        types = search.get("searchTypes") or search.get("search_types") or {}
        unknown = [name for name in _camel_names(types) if name not in card.grounding]
        if unknown:
            allowed = ", ".join(sorted(card.grounding))
            raise InvalidArgumentError(
                f"tools[{index}].googleSearch.searchTypes: {', '.join(unknown)} is not supported by {model}; "
                f"it takes {allowed}.",
                field=f"tools[{index}].google_search.search_types",
            )
    return True


def _camel_names(types: object) -> list[str]:
    if not isinstance(types, dict):
        raise InvalidArgumentError("tools.googleSearch.searchTypes must be an object such as {\"webSearch\": {}}.",
                                   field="tools")
    return [_camel(str(name)) for name in types]


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)
