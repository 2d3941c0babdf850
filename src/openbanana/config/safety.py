"""The settings of what the server refuses and how it vouches for what it makes: safety profiles, operator lists and
classifiers, and the C2PA signing certificate."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from openbanana.config.groups import SettingsGroup

SAFETY_PROFILES = ("standard", "strict", "off")


class SafetySettings(SettingsGroup):
    """Safety per served model: profiles, operator lists, optional classifiers (docs/api.md, Safety)."""

    policy: Literal["standard", "strict", "off"] = Field(
        default="standard", validation_alias="safety_policy",
        description="Safety profile of every served model not named in safety_model_policies.")
    model_policies: str = Field(default="", validation_alias="safety_model_policies",
                                description="Per-model profiles, comma-separated MODEL=standard|strict|off pairs.")
    default_threshold: Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE"] = (
        Field(default="BLOCK_MEDIUM_AND_ABOVE", validation_alias="safety_default_threshold",
              description="The standard profile's threshold where a request sets none."))
    default_terms: bool = Field(default=True, validation_alias="safety_default_terms",
                                description="Use the lexicon shipped with openbanana.")
    blocklist_file: Path | None = Field(default=None, validation_alias="safety_blocklist_file",
                                        description="Operator terms/regexes → BLOCKLIST.")
    recitation_file: Path | None = Field(default=None, validation_alias="safety_recitation_file",
                                         description="Protected works → finishReason RECITATION.")
    recitation_rules: bool = Field(default=True, validation_alias="safety_recitation_rules",
                                   description="Answer requests to reproduce long protected texts verbatim (whole "
                                               "song lyrics, book chapters) with RECITATION.")
    answers: Literal["seed", "image-reasons", "google-live"] = Field(
        default="seed", validation_alias="safety_answers",
        description="Shape of safety answers: seed (blocked prompts also carry candidates[0]; SAFETY/RECITATION, as "
                    "the API reference checks), image-reasons (IMAGE_SAFETY/IMAGE_RECITATION) or google-live "
                    "(Google's live shapes: no candidates on a blocked prompt).")
    image_hashes_file: Path | None = Field(default=None, validation_alias="safety_image_hashes_file",
                                           description="Perceptual hashes of banned images.")
    image_hash_distance: int = Field(default=6, ge=0, le=32, validation_alias="safety_image_hash_distance",
                                     description="Bits (of 64) within which two image hashes match.")
    semantic: Literal["auto", "on", "off"] = Field(
        default="auto", validation_alias="safety_semantic",
        description="MiniLM prompt classifier: auto (the default) and on need it, or the server does not start; "
                    "off screens prompts with the term lists alone.")
    examples_file: Path | None = Field(default=None, validation_alias="safety_examples_file",
                                       description="Replaces the shipped policy examples.")
    nsfw: Literal["auto", "on", "off"] = Field(
        default="auto", validation_alias="safety_nsfw",
        description="NudeNet image detector ('auto': on when openbanana[nsfw] is installed).")

    def profiles(self, model_names: tuple[str, ...]) -> dict[str, str]:
        """MODEL → profile from model_policies; names are checked against the served models."""
        profiles: dict[str, str] = {}
        for pair in filter(None, (p.strip() for p in self.model_policies.split(","))):
            model, _, profile = pair.partition("=")
            model, profile = model.strip().removeprefix("models/"), profile.strip().lower()
            if profile not in SAFETY_PROFILES or model not in model_names:
                raise ValueError(f"safety_model_policies entry {pair!r}: expected MODEL=standard|strict|off "
                                 f"with MODEL one of {', '.join(model_names)}")
            profiles[model] = profile
        return profiles


class C2paSettings(SettingsGroup):
    """The C2PA signing certificate; unset means data_dir/c2pa/{chain,key}.pem when both exist."""

    cert_file: Path | None = Field(default=None, validation_alias="c2pa_cert_file",
                                   description="PEM chain, signing certificate first, then CAs.")
    key_file: Path | None = Field(default=None, validation_alias="c2pa_key_file",
                                  description="PEM private key of the signing certificate.")
