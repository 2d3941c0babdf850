"""Ray Serve's import defines pydantic fields the deprecated way; import it once here, quietly, so that the test
modules' imports do not turn that warning into an error (pytest's filterwarnings = error)."""

from __future__ import annotations

import contextlib
import warnings

with warnings.catch_warnings(), contextlib.suppress(ImportError):
    warnings.simplefilter("ignore", DeprecationWarning)
    import ray.serve  # noqa: F401
