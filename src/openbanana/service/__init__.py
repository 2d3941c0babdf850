"""Use cases: the generation flow, models, token counting. Knows the protocol and engines, never the web framework."""
