"""Engine failures → API errors, in one place: whatever an engine raises fails only its own request."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from openbanana.engines.base import EngineBusyError, EngineCancelledError, EngineError, EngineInputError
from openbanana.errors import InvalidArgumentError, ResourceExhaustedError, UnavailableError, internal_error

log = logging.getLogger("openbanana.service")


@contextmanager
def map_engine_errors(engine: str, response_id: str, stopped: Callable[[], Exception]) -> Iterator[None]:
    """Around an engine call: bad inputs are 400, a cancelled render is `stopped()` (the scheduler's reason for
    stopping it), a remote engine whose replicas' queues are all full is 429, engine errors and memory are 503,
    anything else is a logged 500."""
    try:
        yield
    except EngineInputError as exc:
        raise InvalidArgumentError(str(exc)) from exc
    except EngineCancelledError:
        raise stopped() from None
    except EngineBusyError as exc:
        raise ResourceExhaustedError(f"Resource has been exhausted: {exc} Please retry in {exc.retry_after}s.",
                                     retry_after=exc.retry_after) from exc
    except EngineError as exc:
        raise UnavailableError(f"The image engine is unavailable: {exc}. Please try again later.") from exc
    except MemoryError:
        log.error("engine %s ran out of memory on response %s", engine, response_id)
        raise UnavailableError("The image engine ran out of memory. Please try again later.") from None
    except Exception:
        log.exception("engine %s failed on response %s", engine, response_id)
        raise internal_error() from None
