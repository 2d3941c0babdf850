"""API keys and what hangs on them: owners, per-key quotas, the usage ledger, and the server's secret files."""

from openbanana.service.keys.owners import SHARED_OWNER, owner_id
from openbanana.service.keys.quotas import QuotaService
from openbanana.service.keys.secret_files import load_or_create_secret
from openbanana.service.keys.service import Caller, IssuedKey, KeyLimits, KeyNotFoundError, KeyService
from openbanana.service.keys.usage_ledger import BATCH, UsageLedger, UsageLine, usage_lines

__all__ = [
    "BATCH",
    "SHARED_OWNER",
    "Caller",
    "IssuedKey",
    "KeyLimits",
    "KeyNotFoundError",
    "KeyService",
    "QuotaService",
    "UsageLedger",
    "UsageLine",
    "load_or_create_secret",
    "owner_id",
    "usage_lines",
]
