"""Step 4 of the flow: the plan ("thinking"), after a web search when grounding was asked; the rules always can plan."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace

from openbanana import telemetry
from openbanana.plan import Plan
from openbanana.planner.base import Planner, PlanningContext, PlanningInput
from openbanana.planner.grounding import SearchError, SearchProvider, SearchResult, search_query
from openbanana.planner.rules import RulesPlanner
from openbanana.service.generation.job import GenerationJob

log = logging.getLogger("openbanana.service")
GROUNDING_UNAVAILABLE = ("Grounding with Google Search was requested but no search provider is configured on this "
                         "server.")

@dataclass(frozen=True)
class Searched:
    """What groundingMetadata reports: the query, its results, and why there are none (when there are none)."""

    query: str
    results: list[SearchResult]
    why_none: str = ""


def plan_job(job: GenerationJob, planner: Planner, search: SearchProvider | None,
             cancel: threading.Event | None = None) -> tuple[Plan, Searched | None]:
    """The plan, and what was searched for it. Blocking: a search provider and an LLM planner may wait on the
    network, so the service runs it off the event loop. `cancel` is the request's cancel event (set at its deadline
    or when the client goes away): the planner checks it between steps, and a planner stopped by it is not replaced
    by the rules."""
    with telemetry.step("plan"):
        notes: list[str] = []
        searched: Searched | None = None
        results: list[SearchResult] = []
        if job.grounding:  # answered with groundingMetadata even when nothing was found: clients read it
            query = search_query(job.prompt)
            results, note = ground(search, query)
            notes.extend(note)
            searched = Searched(query, results, " ".join(note))
        request = PlanningInput(prompt=job.prompt, width=job.target.width, height=job.target.height,
                                reference_count=len(job.references), seed=job.seed, cancel=cancel)
        context = PlanningContext(tuple(results))
        try:
            outcome = planner.plan(request, context)
        except Exception:  # a planner backend never fails the request: the rules always can plan
            if cancel is not None and cancel.is_set():
                raise  # stopped on purpose: nobody waits for this plan any more
            log.exception("planner %s failed; planning with rules", planner.name)
            outcome = RulesPlanner().plan(request, context)
            notes.append(f"The {planner.name} planner failed; planned with rules.")
        plan = outcome.plan
        extra = (*notes, *outcome.notes_for_thoughts)
        return (replace(plan, notes=(*plan.notes, *extra)) if extra else plan), searched


def ground(search: SearchProvider | None, query: str) -> tuple[list[SearchResult], list[str]]:
    """Web results for the query, or none and the sentence that says why; a provider never fails a request."""
    if search is None:
        return [], [GROUNDING_UNAVAILABLE]
    if not query:
        return [], ["Grounding with Google Search was requested, but the prompt has no text to search for."]
    try:
        results = search.search(query)
    except Exception as exc:  # whatever the provider does, the image still gets made
        why = str(exc) if isinstance(exc, SearchError) else type(exc).__name__
        log.warning("search provider %s failed: %s", search.name, why)
        return [], [f"Grounding with Google Search was requested, but the search provider failed ({why}); "
                    "I planned without it."]
    if not results:
        return [], ["Grounding with Google Search was requested, but the search found nothing; "
                    "I planned without it."]
    return results, []
