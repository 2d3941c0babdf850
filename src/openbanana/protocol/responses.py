"""What the server answers, as typed dicts with Google's camelCase keys (built once, serialised by orjson).

Typed dicts rather than models because responses carry multi-megabyte base64 strings that need no validation.
"""

from __future__ import annotations

from typing import Any, TypedDict


class BlobOut(TypedDict):
    mimeType: str
    data: str


class PartOut(TypedDict, total=False):
    text: str
    inlineData: BlobOut
    thought: bool
    thoughtSignature: str


class ContentOut(TypedDict, total=False):
    role: str
    parts: list[PartOut]


class ModalityTokenCount(TypedDict):
    modality: str
    tokenCount: int


class UsageMetadata(TypedDict, total=False):
    promptTokenCount: int
    candidatesTokenCount: int
    thoughtsTokenCount: int
    totalTokenCount: int
    promptTokensDetails: list[ModalityTokenCount]
    candidatesTokensDetails: list[ModalityTokenCount]
    trafficType: str  # Vertex AI only


class SafetyRatingOut(TypedDict, total=False):
    category: str
    probability: str
    blocked: bool


class Candidate(TypedDict, total=False):
    content: ContentOut
    finishReason: str
    finishMessage: str
    index: int
    groundingMetadata: dict[str, Any]
    safetyRatings: list[SafetyRatingOut]


class PromptFeedback(TypedDict, total=False):
    blockReason: str
    safetyRatings: list[SafetyRatingOut]


class GenerateContentResponse(TypedDict, total=False):
    candidates: list[Candidate]
    promptFeedback: PromptFeedback
    usageMetadata: UsageMetadata
    modelVersion: str
    responseId: str
    createTime: str  # Vertex AI only


class CountTokensResponse(TypedDict):
    totalTokens: int
    promptTokensDetails: list[ModalityTokenCount]


class Model(TypedDict, total=False):
    name: str
    baseModelId: str
    version: str
    displayName: str
    description: str
    inputTokenLimit: int
    outputTokenLimit: int
    supportedGenerationMethods: list[str]
    temperature: float
    topP: float
    topK: int
    maxTemperature: float
    thinking: bool


class PublisherModel(TypedDict, total=False):
    """Vertex AI's model resource, as `GET publishers/google/models/{model}` answers it."""

    name: str
    versionId: str
    displayName: str
    description: str
    launchStage: str
    openSourceCategory: str


class ListPublisherModelsResponse(TypedDict, total=False):
    publisherModels: list[PublisherModel]
    nextPageToken: str


class ListModelsResponse(TypedDict, total=False):
    models: list[Model]
    nextPageToken: str
