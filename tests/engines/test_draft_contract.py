"""The draft engine passes the shared engine contract."""

from __future__ import annotations

import pytest

from openbanana.engines.base import ImageEngine
from openbanana.engines.draft.engine import DraftEngine
from tests.engines.contract import EngineContract


class TestDraftEngineContract(EngineContract):
    @pytest.fixture
    def engine(self) -> ImageEngine:
        return DraftEngine()
