"""What the composition root hands to routes: settings and services, reached through the app's state."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from openbanana.api.auth import check_api_key, presented_key
from openbanana.config import Settings
from openbanana.service.batches import BatchService
from openbanana.service.catalog import ModelCatalog
from openbanana.service.file_names import owner_id
from openbanana.service.files import FileService
from openbanana.service.generation import GenerationService
from openbanana.service.verification import VerificationService


@dataclass(frozen=True)
class AppState:
    settings: Settings
    keys: frozenset[str]
    catalog: ModelCatalog
    generation: GenerationService
    files: FileService
    batches: BatchService
    verification: VerificationService

    def check_key(self, request: Request) -> None:
        check_api_key(request, self.keys)

    def owner(self, request: Request) -> str:
        """Whose files these are: a hash of the caller's key; with no keys configured, one owner shared by all."""
        return owner_id(presented_key(request) if self.keys else None)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.openbanana
    return state


async def require_api_key(request: Request) -> None:
    app_state(request).check_key(request)
