"""Google's Batch API over the durable job queue: `BatchService` (`service.py`) creates, runs, settles, lists,
cancels and deletes batches; `inputs.py` reads a batch's requests, `resource.py` writes what Google answers about
a batch and each of its requests."""

from openbanana.service.batches.service import BatchService

__all__ = ["BatchService"]
