"""The diffusers engine: Hugging Face diffusers pipelines behind ImageEngine (the `openbanana[diffusers]` extra)."""
