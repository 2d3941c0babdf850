"""Engine name → instance; heavy engines are imported lazily so the core install stays light."""

from __future__ import annotations

from openbanana.config import Settings
from openbanana.engines.base import EngineConfigError, ImageEngine
from openbanana.engines.draft.engine import DraftEngine

ENGINES = ("draft", "diffusers")


def create_engine(name: str, settings: Settings | None = None) -> ImageEngine:
    """`draft` needs nothing; `diffusers` imports torch only here, and needs `settings.profile`."""
    if name == "draft":
        return DraftEngine()
    if name == "diffusers":
        from openbanana.engines.diffusers.engine import create_diffusers_engine
        from openbanana.engines.diffusers.profiles import PRESETS

        settings = settings or Settings()
        if not settings.profile:
            raise EngineConfigError("the diffusers engine needs a profile: --profile NAME (presets: "
                                    f"{', '.join(PRESETS)}; more with --profiles-file)")
        # The draft engine draws the Plan for profiles that start from it (draft_init_strength).
        return create_diffusers_engine(settings.profile, settings.profiles_file, preload=settings.preload,
                                       guide=DraftEngine())
    raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")
