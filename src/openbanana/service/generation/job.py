"""Step 2 of the flow: a request becomes a GenerationJob, every check done, before anything is generated."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from PIL import Image

from openbanana.errors import InvalidArgumentError
from openbanana.imaging.codecs import OUTPUT_MIME_TYPES, ImageDecodeError
from openbanana.imaging.masks import read_edit_mask
from openbanana.imaging.sizes import TargetSize
from openbanana.protocol.generate import GenerateContentRequest, ImageConfig
from openbanana.safety.policy import ALLOW, SafetyPolicy, Thresholds, Verdict
from openbanana.safety.profiles import SafetyPolicies
from openbanana.service.catalog import ModelCatalog
from openbanana.service.family import ModelCard
from openbanana.service.generation.capabilities import wants_grounding, wants_thoughts
from openbanana.service.generation.history import verify_history
from openbanana.service.generation.inputs import GatheredInputs, decode_inputs, gather_inputs
from openbanana.service.generation.references import FileResolver
from openbanana.service.generation.safety import SafetyAnswers, requested_thresholds, screen_inputs
from openbanana.service.generation.signatures import ThoughtSigner
from openbanana.service.generation.sizing import resolve_target_size
from openbanana.service.generation.usage import prompt_counts

SUPPORTED_MODALITIES = ("TEXT", "IMAGE")


@dataclass(frozen=True)
class OutputOptions:
    mime_type: str = "image/png"
    quality: int = 90


@dataclass(frozen=True)
class GenerationJob:
    """A validated request, ready to run: nothing in here can fail validation any more."""

    model: str
    card: ModelCard  # what the served model accepts: its sizes, thinking and grounding
    response_id: str
    prompt: str
    target: TargetSize
    references: tuple[Image.Image, ...]
    seed: int
    fingerprint: bytes | None  # set when the client fixed the seed: the same request then gives the same bytes
    include_thoughts: bool
    want_text: bool
    want_image: bool
    output: OutputOptions
    prompt_text_tokens: int
    prompt_images: int
    safety: SafetyPolicy
    thresholds: Thresholds
    screening: Verdict = ALLOW  # the prompt and input images' verdict, decided in prepare
    grounding: bool = False  # the request named the googleSearch tool
    safety_answers: SafetyAnswers = SafetyAnswers.SEED  # the shape of safety answers (service/generation/safety.py)
    edit_mask: Image.Image | None = None  # where the first input image may change (OpenAI's images.edit mask)
    reference_hashes: tuple[str, ...] = ()  # SHA-256 of each reference's bytes (the edit's ingredients)


@dataclass(frozen=True)
class JobRules:
    """The server's side of turning a request into a job: its defaults, its signer and its safety policies."""

    signer: ThoughtSigner
    output: OutputOptions = OutputOptions()
    safety: SafetyPolicies = field(default_factory=SafetyPolicies)
    strict_signatures: bool = False  # a missing history signature is a 400
    safety_answers: SafetyAnswers = SafetyAnswers.SEED
    catalog: ModelCatalog = field(default_factory=ModelCatalog.default)  # served name → its card


def new_job(model: str, request: GenerateContentRequest, rules: JobRules, *, response_id: str,
            resolve_file: FileResolver | None = None, gathered: GatheredInputs | None = None,
            mask: bytes | None = None) -> GenerationJob:
    """Validate, decode the inputs (`gathered` when their headers were read already), resolve the size, screen the
    prompt and input images. `mask` (a PNG whose transparent pixels may change) limits the edit of the first image.

    Blocking (images are decoded here): the service runs it off the event loop.
    """
    config = request.generation_config
    modalities = _modalities(config.response_modalities if config else None)
    if config and config.candidate_count not in (None, 1):
        raise InvalidArgumentError(
            f"candidateCount {config.candidate_count} is not supported: this model returns exactly 1 candidate.",
            field="generation_config.candidate_count",
        )
    image_config = config.image_config if config else None
    card = rules.catalog.card(model)
    include_thoughts = wants_thoughts(card, model, config.thinking_config if config else None)
    grounding = wants_grounding(card, model, request.tools)
    verify_history(request.contents, rules.signer, strict=rules.strict_signatures)
    gathered = gathered or gather_inputs(request, resolve_file, card=card)
    target = resolve_target_size(
        image_config.aspect_ratio if image_config else None,
        image_config.image_size if image_config else None,
        gathered.first_size,
        card.sizes,
        model,
    )
    edit_mask = _edit_mask(mask, gathered.first_size) if mask is not None else None
    inputs = decode_inputs(gathered)
    text_tokens_in, images_in = prompt_counts(request.contents, request.system_instruction)
    seed = config.seed if config and config.seed is not None else secrets.randbits(31)
    served = rules.safety.for_model(model)
    thresholds = served.thresholds(requested_thresholds(request.safety_settings))
    screening = screen_inputs(served.policy, _screened_text(inputs.prompt, request), inputs.references,
                              thresholds, response_id)
    return GenerationJob(
        model=model,
        card=card,
        response_id=response_id,
        prompt=inputs.prompt,
        target=target,
        references=inputs.references,
        seed=seed,
        fingerprint=(hashlib.sha256(model.encode() + request.model_dump_json().encode()).digest()
                     if config and config.seed is not None else None),
        include_thoughts=include_thoughts,
        want_text="TEXT" in modalities,
        want_image="IMAGE" in modalities,
        output=_output_for(rules.output, *_encoding(image_config)),
        prompt_text_tokens=text_tokens_in,
        prompt_images=images_in,
        safety=served.policy,
        thresholds=thresholds,
        screening=screening,
        grounding=grounding,
        edit_mask=edit_mask,
        safety_answers=rules.safety_answers,
        reference_hashes=inputs.reference_hashes,
    )


def _encoding(image_config: ImageConfig | None) -> tuple[str | None, int | None]:
    """The encoding asked for: raw REST names it at the top of imageConfig, the SDKs in Vertex mode inside
    imageOutputOptions."""
    if image_config is None:
        return None, None
    options = image_config.image_output_options
    mime = image_config.output_mime_type or (options.mime_type if options else None)
    quality = image_config.output_compression_quality
    return mime, quality if quality is not None or options is None else options.compression_quality


def _edit_mask(mask: bytes, first_size: tuple[int, int] | None) -> Image.Image:
    if first_size is None:
        raise InvalidArgumentError("A mask needs an image to edit: send the image beside it.", field="mask")
    try:
        return read_edit_mask(mask, first_size)
    except ImageDecodeError as exc:
        raise InvalidArgumentError(f"Invalid mask: {exc}.", field="mask") from None


def _output_for(default: OutputOptions, mime_type: str | None, quality: int | None) -> OutputOptions:
    if mime_type is None and quality is None:
        return default
    mime = (mime_type or default.mime_type).lower()
    if mime not in OUTPUT_MIME_TYPES:
        raise InvalidArgumentError(
            f"outputMimeType {mime_type!r} is not supported; use one of {', '.join(OUTPUT_MIME_TYPES)}.",
            field="generation_config.image_config.output_mime_type",
        )
    if quality is not None and not 0 <= quality <= 100:
        raise InvalidArgumentError(
            f"outputCompressionQuality {quality} must be between 0 and 100.",
            field="generation_config.image_config.output_compression_quality",
        )
    return OutputOptions(mime, quality if quality is not None else default.quality)


def _modalities(requested: list[str] | None) -> tuple[str, ...]:
    if not requested:
        return SUPPORTED_MODALITIES
    for index, modality in enumerate(requested):
        if modality not in SUPPORTED_MODALITIES:
            raise InvalidArgumentError(
                f"responseModalities[{index}] {modality!r} is not supported by this model; "
                "use TEXT and/or IMAGE.",
                field=f"generation_config.response_modalities[{index}]",
            )
    return tuple(requested)


def _screened_text(prompt: str, request: GenerateContentRequest) -> str:
    """What the prompt checks read: the latest user turn and the system instruction."""
    system = request.system_instruction
    extra = [p.text for p in system.parts if p.text] if system else []
    return "\n".join([prompt, *extra]).strip()
