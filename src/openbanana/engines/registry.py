"""Engine name → instance; heavy engines are imported lazily so the core install stays light."""

from __future__ import annotations

from openbanana.engines.base import ImageEngine
from openbanana.engines.draft.engine import DraftEngine

ENGINES = ("draft",)


def create_engine(name: str) -> ImageEngine:
    if name == "draft":
        return DraftEngine()
    raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")
