"""The generation feature: a request in, GenerateContentResponse events out (the steps are listed in flow.py)."""

from openbanana.service.generation.flow import Admitted, GenerationDeps, GenerationJob, GenerationService, OutputOptions

__all__ = ["Admitted", "GenerationDeps", "GenerationJob", "GenerationService", "OutputOptions"]
