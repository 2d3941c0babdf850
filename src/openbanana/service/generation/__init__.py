"""The generation feature: a request in, GenerateContentResponse events out (the steps are listed in flow.py)."""

from openbanana.service.generation.events import EncodedImage
from openbanana.service.generation.flow import Admitted, GenerationDeps, GenerationService
from openbanana.service.generation.job import GenerationJob, JobRules, OutputOptions, new_job

__all__ = ["Admitted", "EncodedImage", "GenerationDeps", "GenerationJob", "GenerationService", "JobRules",
           "OutputOptions", "new_job"]
