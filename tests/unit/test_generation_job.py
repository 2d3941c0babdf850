"""A request becomes a GenerationJob without a scheduler, an engine or a server."""

from __future__ import annotations

import pytest

from openbanana.errors import InvalidArgumentError
from openbanana.protocol.generate import GenerateContentRequest
from openbanana.service.generation import JobRules, new_job
from openbanana.service.generation.signatures import ThoughtSigner

RULES = JobRules(ThoughtSigner(b"k" * 32))


def request(**config: object) -> GenerateContentRequest:
    return GenerateContentRequest.model_validate({"contents": [{"parts": [{"text": "a red bicycle"}]}],
                                                 "generationConfig": config})


def test_a_plain_request_is_a_1k_square_with_text_and_image() -> None:
    job = new_job("m", request(), RULES, response_id="r")
    assert (job.target.aspect_ratio, job.target.image_size, job.want_text, job.want_image) == ("1:1", "1K", True, True)
    assert job.fingerprint is None and job.screening.allowed


def test_a_fixed_seed_makes_the_job_reproducible() -> None:
    first, again = (new_job("m", request(seed=7), RULES, response_id=r) for r in ("a", "b"))
    assert first.seed == again.seed == 7 and first.fingerprint == again.fingerprint is not None


def test_more_than_one_candidate_is_invalid() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        new_job("m", request(candidateCount=2), RULES, response_id="r")
    assert caught.value.field == "generation_config.candidate_count"
