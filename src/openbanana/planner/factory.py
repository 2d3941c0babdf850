"""The configured planner and search provider, from the planning settings; refused before serving when incomplete."""

from __future__ import annotations

from openbanana.config import PlanningSettings
from openbanana.errors import ConfigError
from openbanana.planner.base import Planner
from openbanana.planner.grounding import SearchProvider, SearxngProvider
from openbanana.planner.llm import LlmPlanner
from openbanana.planner.rules import RulesPlanner


class PlannerConfigError(ConfigError, ValueError):
    """A planner or search provider was chosen without the settings it needs."""


def build_planner(settings: PlanningSettings) -> Planner:
    if settings.planner == "rules":
        return RulesPlanner()
    if not settings.llm_url or not settings.llm_model:
        raise PlannerConfigError("planner=llm needs planner_llm_url and planner_llm_model "
                                 "(OPENBANANA_PLANNER_LLM_URL, OPENBANANA_PLANNER_LLM_MODEL)")
    return LlmPlanner(settings.llm_url, settings.llm_model, timeout=settings.llm_timeout, api_key=settings.llm_api_key)


def build_search_provider(settings: PlanningSettings) -> SearchProvider | None:
    if settings.search_provider == "none":
        return None
    if not settings.searxng_url:
        raise PlannerConfigError("search_provider=searxng needs searxng_url (OPENBANANA_SEARXNG_URL)")
    return SearxngProvider(settings.searxng_url, timeout=settings.search_timeout)
