"""The invisible watermark: BCH code, exact payload round trips, every target attack, no false positives.

The full benchmark (100+ images, 1,000+ unmarked ones, timings) is bench/watermark.py; this file samples it so CI
stays under ~30 s on 2 cores.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from bench.watermark import text_page as bench_text_page
from PIL import Image, ImageDraw, ImageEnhance, ImageFont

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging import watermark, watermark_search
from openbanana.imaging.convolutional import ConvolutionalCode, crc, from_octal
from openbanana.imaging.ecc import BCHCode, bits_to_int, int_to_bits
from openbanana.imaging.fitting import cover_fit
from openbanana.imaging.sizes import target_size
from openbanana.imaging.spectral_fold import FieldSpectrum
from openbanana.imaging.watermark import (
    _EDGE_TILTS,
    CHECKED_THRESHOLD,
    DEFAULT_ISSUER,
    SCAN_THRESHOLD,
    SCORE_THRESHOLD,
    V2_THRESHOLD,
    WatermarkDetection,
    WatermarkPayload,
    _decide,
    _edge_peaks,
    _Stages,
    detect_watermark,
    embed_watermark,
)
from openbanana.imaging.watermark_calibration import (
    _CHECK_FALSE_ACCEPT,
    _FIXED_STAGE_FALSE_POSITIVE,
    _V2_CHECK_FALSE_ACCEPT,
    _V2_READS,
    _image_tail,
)
from openbanana.imaging.watermark_embed import (
    _FLAT_RMS,
    _flatness,
)
from openbanana.imaging.watermark_fields import (
    _edge_field,
    _prepare,
)
from openbanana.imaging.watermark_search import (
    _aligned_chips,
    _peak_at,
    _scores,
    _search,
    _sync_spectrum,
    _whiten,
    _whiten_half,
)
from openbanana.imaging.watermark_tile import (
    _BINS,
    _TILE,
    _codeword,
    _decode_v1,
    _decode_v2,
    _Keyed,
    _keyed,
)
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

KEY = b"operator-secret"
PAYLOAD = WatermarkPayload(issuer=0x0B0A, image_id=0xDEADBEEF)

PHOTOS = Path(__file__).parents[1] / "data" / "photos"


# ---------------------------------------------------------------------------------------------- images


def draft(prompt: str, width: int, height: int, seed: int = 3) -> Image.Image:
    plan = plan_composition(PlanningInput(prompt=prompt, width=width, height=height, seed=seed))
    return DraftEngine().render(RenderRequest(plan=plan, width=width, height=height, seed=seed)).image


def photo_like(width: int, height: int, seed: int = 0) -> Image.Image:
    """1/f^2 colour noise: the spectrum of natural photographs, without needing scikit-image in CI."""
    rng = np.random.default_rng(seed)
    fy, fx = np.fft.fftfreq(height)[:, None], np.fft.rfftfreq(width)[None, :]
    radius = np.hypot(fx, fy)
    radius[0, 0] = 1.0
    channels = [np.fft.irfft2(np.fft.rfft2(rng.normal(size=(height, width))) / radius, s=(height, width))
                for _ in range(3)]
    array = np.stack([c / c.std() for c in channels], -1) * 35 + 128
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))


def flat_gradient(width: int, height: int) -> Image.Image:
    """The hardest case for both invisibility and detection: nothing but a smooth 8-bit gradient."""
    t = np.linspace(0.0, 1.0, height)[:, None, None]
    column = np.array([40, 90, 160]) * (1 - t) + np.array([230, 200, 150]) * t
    return Image.fromarray(np.round(column).astype(np.uint8)).resize((width, height), Image.Resampling.NEAREST)


def text_page(width: int, height: int, background: tuple[int, int, int], font_size: int = 18) -> Image.Image:
    """Dark lines of text on a light page: +20 % brightness turns the whole background into one flat 255."""
    rng = np.random.default_rng(font_size)
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(font_size)
    words = "the quick brown fox jumps over a lazy dog banana image watermark 2026".split()
    for top in range(font_size, height - font_size, int(font_size * 1.6)):
        colour = tuple(int(v) for v in rng.integers(0, 90, 3))
        draw.text((font_size, top), " ".join(rng.choice(words, 9)), fill=colour, font=font)
    return image


@pytest.fixture(scope="module")
def poster() -> Image.Image:
    return draft('a poster saying "GRAND OPENING" with a banana and confetti, warm sunset colors', 1024, 1024)


@pytest.fixture(scope="module")
def marked_poster(poster: Image.Image) -> Image.Image:
    return embed_watermark(poster, PAYLOAD, KEY)


@pytest.fixture(scope="module")
def marked_gradient() -> Image.Image:
    size = target_size("16:9", "1K")
    return embed_watermark(flat_gradient(size.width, size.height), PAYLOAD, KEY)


def psnr(a: Image.Image, b: Image.Image) -> float:
    mse = np.mean((np.asarray(a.convert("RGB"), dtype=np.float64) - np.asarray(b, dtype=np.float64)) ** 2)
    return float(10 * np.log10(255**2 / mse))


def recovered(image: Image.Image, key: bytes = KEY) -> WatermarkDetection:
    return detect_watermark(image, key, PAYLOAD.issuer)


# ---------------------------------------------------------------------------------------------- ECC


def test_bch_parameters_fit_the_payload() -> None:
    code = BCHCode(7, 13)
    assert (code.n, code.k, code.t) == (127, 50, 13)
    assert code.k >= 2 + 16 + 32


@pytest.mark.parametrize("errors", [0, 1, 5, 13])
def test_bch_corrects_up_to_t_errors(errors: int) -> None:
    code = BCHCode(7, 13)
    rng = np.random.default_rng(errors)
    for _ in range(5):
        data = rng.integers(0, 2, code.k).astype(np.uint8)
        word = code.encode(data)
        word[rng.choice(code.n, errors, replace=False)] ^= 1
        decoded = code.decode(word)
        assert decoded is not None and np.array_equal(decoded.data, data) and decoded.corrected == errors


def test_bch_reports_failure_beyond_t() -> None:
    code = BCHCode(7, 13)
    rng = np.random.default_rng(7)
    for _ in range(10):
        data = rng.integers(0, 2, code.k).astype(np.uint8)
        word = code.encode(data)
        word[rng.choice(code.n, 20, replace=False)] ^= 1
        decoded = code.decode(word)
        assert decoded is None or not np.array_equal(decoded.data, data)


def test_bch_shortened_code_and_chase_soft_decoding() -> None:
    code = BCHCode(7, 10, k=48)
    assert code.n == 48 + (127 - 64)
    data = np.random.default_rng(1).integers(0, 2, 48).astype(np.uint8)
    soft = 2.0 * code.encode(data) - 1.0
    flipped = np.arange(12)  # one more than t, but all of them weak: hard decoding fails, Chase-II does not
    soft[flipped] = -0.1 * soft[flipped]
    assert code.decode((soft > 0).astype(np.uint8)) is None
    decoded = code.decode_soft(soft, chase_bits=4)
    assert decoded is not None and np.array_equal(decoded.data, data) and decoded.corrected == 12


def _galileo() -> ConvolutionalCode:
    return ConvolutionalCode(tuple(from_octal(o, 15) for o in ("46321", "51271", "63667", "70535")), 15)


def test_convolutional_code_round_trip_and_known_generators() -> None:
    assert from_octal("171", 7) == 0b1001111 and from_octal("133", 7) == 0b1101101  # NASA K=7, bit i = i steps back
    code = _galileo()
    data = np.random.default_rng(2).integers(0, 2, 66).astype(np.uint8)
    word = code.encode(data)
    assert word.size == code.length(66) == 4 * (66 + 14)
    assert np.array_equal(code.decode(2.0 * word - 1.0), data)
    assert np.array_equal(code.encode(np.zeros(66, np.uint8)), np.zeros(word.size, np.uint8))  # linear


def test_soft_viterbi_reads_what_hard_decisions_cannot() -> None:
    """~20 % of the code bits' signs wrong (the damaged marks' regime): BCH(127, 50) at that error rate fails
    (it corrects 13 of 127), the rate-1/4 code read on the soft values recovers every bit."""
    code = _galileo()
    rng = np.random.default_rng(5)
    decoded = 0
    for _ in range(10):
        data = rng.integers(0, 2, 66).astype(np.uint8)
        soft = (2.0 * code.encode(data) - 1.0) + rng.normal(0, 1.15, code.length(66))
        assert np.mean((soft > 0) != (code.encode(data) == 1)) > 0.15
        decoded += np.array_equal(code.decode(soft), data)
    assert decoded >= 9


def test_crc_detects_changed_bits() -> None:
    data = np.random.default_rng(3).integers(0, 2, 50).astype(np.uint8)
    check = crc(data, 16, 0x8005)
    assert check.size == 16 and check.any()
    assert "".join(map(str, crc(np.array([1], np.uint8), 16, 0x8005))) == f"{0x8005:016b}"  # x^16 mod (x^16 + poly)
    for index in (0, 17, 49):
        changed = data.copy()
        changed[index] ^= 1
        assert not np.array_equal(crc(changed, 16, 0x8005), check)


def test_bit_helpers_round_trip() -> None:
    assert bits_to_int(int_to_bits(0xDEADBEEF, 32)) == 0xDEADBEEF
    with pytest.raises(ValueError):
        int_to_bits(256, 8)


# ---------------------------------------------------------------------------------------------- payload


def test_payload_hex_round_trip_and_validation() -> None:
    assert PAYLOAD.to_hex() == "0b0a-deadbeef"
    assert WatermarkPayload.from_hex("0B0A-DEADBEEF") == PAYLOAD
    assert WatermarkPayload.from_hex("0b0adeadbeef") == PAYLOAD
    with pytest.raises(ValueError):
        WatermarkPayload(1 << 16, 0)
    with pytest.raises(ValueError):
        WatermarkPayload(0, 1 << 32)
    with pytest.raises(ValueError):
        WatermarkPayload.from_hex("not-a-mark")


# ---------------------------------------------------------------------------------------------- round trips


def test_draft_render_round_trip(poster: Image.Image, marked_poster: Image.Image) -> None:
    assert marked_poster.mode == "RGB" and marked_poster.size == poster.size
    stages = _Stages(marked_poster, KEY)
    detection = _decide(stages, PAYLOAD.issuer)
    assert detection.found and detection.payload == PAYLOAD
    assert detection.score >= SCORE_THRESHOLD and detection.confidence > 0.5
    assert "searched" not in vars(stages)  # read at a fixed guess: the scan never ran
    assert psnr(poster, marked_poster) >= 40


@pytest.mark.parametrize("ratio", ["1:1", "21:9", "9:16"])
def test_photo_like_round_trip(ratio: str) -> None:
    size = target_size(ratio, "1K")
    image = photo_like(size.width, size.height, seed=len(ratio))
    marked = embed_watermark(image, PAYLOAD, KEY)
    assert psnr(image, marked) >= 40
    assert recovered(marked).payload == PAYLOAD


def test_flat_gradient_round_trip_and_invisibility(marked_gradient: Image.Image) -> None:
    size = target_size("16:9", "1K")
    original = flat_gradient(size.width, size.height)
    assert recovered(marked_gradient).payload == PAYLOAD
    delta = np.asarray(marked_gradient, dtype=np.float64) - np.asarray(original, dtype=np.float64)
    # a dither-sized grain, no structure a viewer could pick out: ~1.4 grey levels RMS (the fine mark at half
    # strength and the low layer), a few levels at most
    assert float(delta.std()) <= 1.45 and float(np.abs(delta).max()) <= 5
    assert psnr(original, marked_gradient) >= 45


def test_psnr_floor_holds_on_the_worst_case() -> None:
    """Black-and-white noise: maximal texture gain, and every pixel needs the 0/255 headroom step."""
    rng = np.random.default_rng(2)
    dots = Image.fromarray((rng.random((768, 1376)) < 0.5).astype(np.uint8) * 255).convert("RGB")
    assert psnr(dots, embed_watermark(dots, PAYLOAD, KEY)) >= 40


def test_4k_round_trip_and_invisibility() -> None:
    """The 2K/4K embed computes the mark on a ~1K grid and upsamples it in 8 bits: same grain as at 1K."""
    size = target_size("21:9", "4K")  # 6336 x 2688, the largest canonical output
    image = flat_gradient(size.width, size.height)
    marked = embed_watermark(image, PAYLOAD, KEY)
    assert marked.size == (6336, 2688)
    assert recovered(marked).payload == PAYLOAD
    assert recovered(marked.resize((1584, 672), Image.Resampling.BICUBIC)).payload == PAYLOAD
    delta = np.asarray(marked.convert("L"), dtype=np.float64) - np.asarray(image.convert("L"), dtype=np.float64)
    assert float(delta.std()) <= 1.45 and float(np.abs(delta).max()) <= 6
    # no full-size blockiness either: neighbouring pixels differ by at most a grey level or two
    assert float(np.abs(np.diff(delta, axis=1)).max()) <= 2


def test_white_page_round_trip() -> None:
    """Most channel values at 255: the headroom step keeps both signs of the mark on the page."""
    page = text_page(1200, 896, (255, 255, 255))
    marked = embed_watermark(page, PAYLOAD, KEY)
    assert psnr(page, marked) >= 40
    white = np.asarray(page.convert("L")) == 255
    lowered = np.asarray(marked.convert("L"))[white] < 255
    assert 0.3 < float(lowered.mean()) < 0.9  # chips below and at the page's white alike
    assert recovered(marked).payload == PAYLOAD


def test_any_size_and_mode_comes_back_rgb_and_same_size() -> None:
    for size in [(64, 64), (100, 300), (1, 1), (777, 333)]:
        marked = embed_watermark(Image.new("L", size, 128), PAYLOAD, KEY)
        assert marked.mode == "RGB" and marked.size == size
    rgba = Image.new("RGBA", (300, 200), (10, 200, 30, 128))
    assert embed_watermark(rgba, PAYLOAD, KEY).mode == "RGB"
    small = photo_like(300, 200)
    assert recovered(embed_watermark(small, PAYLOAD, KEY)).payload == PAYLOAD


def test_embedding_is_deterministic(poster: Image.Image, marked_poster: Image.Image) -> None:
    assert embed_watermark(poster, PAYLOAD, KEY).tobytes() == marked_poster.tobytes()


# ---------------------------------------------------------------------------------------------- attacks


def _encode(image: Image.Image, format_name: str, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, format_name, quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _resize(image: Image.Image, factor: float) -> Image.Image:
    return image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.BICUBIC)


def _crop(image: Image.Image, side: str) -> Image.Image:
    w, h = image.size
    dx, dy = round(w * 0.1), round(h * 0.1)
    return image.crop({"left": (dx, 0, w, h), "right": (0, 0, w - dx, h), "top": (0, dy, w, h),
                       "bottom": (0, 0, w, h - dy)}[side])


ATTACKS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "jpeg q75": lambda im: _encode(im, "JPEG", 75),
    "jpeg q50": lambda im: _encode(im, "JPEG", 50),
    "webp q80": lambda im: _encode(im, "WEBP", 80),
    "resize 0.5x": lambda im: _resize(im, 0.5),
    "resize 0.75x": lambda im: _resize(im, 0.75),
    "crop left": lambda im: _crop(im, "left"),
    "crop right": lambda im: _crop(im, "right"),
    "crop top": lambda im: _crop(im, "top"),
    "crop bottom": lambda im: _crop(im, "bottom"),
    "brightness +20%": lambda im: ImageEnhance.Brightness(im).enhance(1.2),
    "brightness -20%": lambda im: ImageEnhance.Brightness(im).enhance(0.8),
    "crop + 0.75x + jpeg q75": lambda im: _encode(_resize(_crop(im, "top"), 0.75), "JPEG", 75),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_draft_render_survives(attack: str, marked_poster: Image.Image) -> None:
    detection = recovered(ATTACKS[attack](marked_poster))
    assert detection.found and detection.payload == PAYLOAD


@pytest.mark.parametrize("attack", ["jpeg q50", "webp q80", "crop + 0.75x + jpeg q75"])
def test_flat_gradient_survives_lossy_codecs(attack: str, marked_gradient: Image.Image) -> None:
    assert recovered(ATTACKS[attack](marked_gradient)).payload == PAYLOAD


@pytest.mark.parametrize(("background", "font_size"), [((255, 255, 255), 14), ((228, 236, 219), 22)])
def test_light_text_page_survives_brightening_that_clips_the_background(
        background: tuple[int, int, int], font_size: int) -> None:
    """+20 % leaves only the glyphs unclipped (< 10 % of the page): the edge-preserving high-pass finds the mark."""
    marked = embed_watermark(text_page(1152, 928, background, font_size), PAYLOAD, KEY)
    bright = ATTACKS["brightness +20%"](marked)
    luma = np.asarray(bright.convert("L"))
    assert float(np.mean(luma == 255)) > 0.9
    detection = recovered(bright)
    assert detection.found and detection.payload == PAYLOAD


# ---------------------------------------------------------------------------------------------- false positives


def _shapes(width: int, height: int) -> Image.Image:
    image = flat_gradient(width, height)
    draw = ImageDraw.Draw(image)
    for i in range(8):
        draw.ellipse((40 + 90 * i, 50 + 40 * i, 200 + 90 * i, 260 + 40 * i), fill=(30 * i, 200 - 20 * i, 90))
    return image


UNMARKED: dict[str, Callable[[], Image.Image]] = {
    "photo": lambda: photo_like(1024, 1024, seed=9),
    "gradient": lambda: flat_gradient(1376, 768),
    "shapes": lambda: _shapes(1200, 896),
    "flat": lambda: Image.new("RGB", (1024, 1024), (240, 240, 235)),
    "tiny": lambda: Image.new("RGB", (5, 3), (0, 0, 0)),
    "jpeg photo": lambda: _encode(photo_like(848, 1264, seed=4), "JPEG", 60),
    "clipped text page": lambda: ImageEnhance.Brightness(text_page(1200, 896, (240, 240, 230))).enhance(1.3),
    "clipped poster": lambda: ImageEnhance.Brightness(
        draft("a minimalist white poster with the text LESS IS MORE", 1024, 1024)).enhance(1.8),
}


def _assert_not_found(detection: WatermarkDetection) -> None:
    assert not detection.found and detection.payload is None
    assert detection.score < SCORE_THRESHOLD and detection.confidence < 0.5


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each run of the scan (True: a prescreened one, the edge or non-local field's), counted through the name the
    detector calls it by."""
    calls: list[bool] = []
    real = watermark._scan

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(bool(kwargs.get("prescreen", False)))
        return real(*args, **kwargs)

    monkeypatch.setattr(watermark, "_scan", counted)
    return calls


@pytest.mark.parametrize("name", list(UNMARKED))
def test_unmarked_images_are_not_found(name: str, scans: list[bool]) -> None:
    """Also: bench/watermark.py's false-positive count reads the peaks the decision saw, each stage searched once
    (it used to search every unmarked image twice)."""
    stages = _Stages(UNMARKED[name](), KEY)
    _assert_not_found(_decide(stages, PAYLOAD.issuer))
    decided = list(scans)
    counted = (stages.searched, stages.edge)  # what the count reads after the decision
    assert scans == decided and decided.count(False) <= 2 and decided.count(True) <= 2  # plain, median; edge, non-local
    assert counted[0][0].score == _decide(stages, PAYLOAD.issuer).score


def test_unmarked_draft_render_is_not_found(poster: Image.Image) -> None:
    _assert_not_found(recovered(poster))


def test_wrong_key_finds_nothing(marked_poster: Image.Image, marked_gradient: Image.Image) -> None:
    for image in (marked_poster, marked_gradient):
        detection = recovered(image, key=b"someone-else")
        assert not detection.found and detection.payload is None and detection.score < SCORE_THRESHOLD


# ---------------------------------------------------------------------------------------------- crops on all sides


def jpeg_at(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(buffer).convert("RGB")


@pytest.fixture(scope="module")
def marked_sign(sign: Image.Image) -> Image.Image:
    return embed_watermark(sign, PAYLOAD, KEY)


@pytest.mark.parametrize(("box", "scale", "quality"), [
    ((0.12, 0.10, 0.00, 0.00), 1.0, 85),  # left and top: every such crop failed before the continuous search
    ((0.00, 0.20, 0.15, 0.00), 0.83, 75),  # top and right, then a non-canonical downscale
    ((0.08, 0.05, 0.21, 0.18), 0.61, 80),  # all four sides
    ((0.25, 0.00, 0.00, 0.25), 1.37, 70),  # a quarter from two sides, upscaled
    ((0.05, 0.22, 0.10, 0.03), 0.72, 60),
])
def test_crops_from_several_sides_with_any_scale_and_jpeg(marked_sign: Image.Image, box: tuple[float, ...],
                                                          scale: float, quality: int) -> None:
    w, h = marked_sign.size
    left, top, right, bottom = box
    cropped = marked_sign.crop((round(left * w), round(top * h), round(w * (1 - right)), round(h * (1 - bottom))))
    size = (round(cropped.width * scale), round(cropped.height * scale))
    detection = recovered(jpeg_at(cropped.resize(size, Image.Resampling.BICUBIC), quality))
    assert detection.found and detection.payload == PAYLOAD, detection


def test_a_small_tilt_after_a_crop(marked_sign: Image.Image) -> None:
    tilted = marked_sign.rotate(0.7, Image.Resampling.BICUBIC).crop((60, 50, 1150, 800))
    detection = recovered(jpeg_at(tilted, 85))
    assert detection.found and detection.payload == PAYLOAD, detection


def _rotated_inscribed(image: Image.Image, degrees: float) -> Image.Image:
    """Rotate, then crop to the largest axis-aligned rectangle with no filled corners (a straightened photo)."""
    w, h = image.size
    t = abs(math.tan(math.radians(degrees)))
    dx, dy = math.ceil(h * t / 2) + 1, math.ceil(w * t / 2) + 1
    return image.rotate(degrees, Image.Resampling.BICUBIC).crop((dx, dy, w - dx, h - dy))


@pytest.fixture(scope="module")
def marked_photo() -> Image.Image:
    return embed_watermark(photo_like(1024, 1024, seed=4), PAYLOAD, KEY)


@pytest.mark.parametrize(("box", "degrees", "scale"), [
    ((0.10, 0.05, 0.05, 0.10), 1.3, 1.0),
    ((0.05, 0.10, 0.10, 0.05), -1.25, 0.9),
    ((0.10, 0.10, 0.10, 0.10), 1.45, 1.1),
])
def test_tilts_beyond_one_degree_on_a_textured_image(marked_photo: Image.Image, box: tuple[float, ...],
                                                     degrees: float, scale: float) -> None:
    """The scan's coarse grid covered +-0.6 degrees (+-0.8 refined) and ranked on nearest spectrum bins: all three
    were missed (scores 4.4-4.8); now +-1.2 degrees on interpolated bins, refined to +-1.4."""
    w, h = marked_photo.size
    left, top, right, bottom = box
    cropped = marked_photo.crop((round(left * w), round(top * h), round(w * (1 - right)), round(h * (1 - bottom))))
    tilted = _rotated_inscribed(cropped, degrees)
    size = (round(tilted.width * scale), round(tilted.height * scale))
    detection = recovered(jpeg_at(tilted.resize(size, Image.Resampling.BICUBIC), 80))
    assert detection.found and detection.payload == PAYLOAD, detection


# ---------------------------------------------------------------------------------------------- payload versions


def _attacked(image: Image.Image, box: tuple[float, ...], scale: float, quality: int,
              codec: str = "JPEG") -> Image.Image:
    w, h = image.size
    left, top, right, bottom = box
    cropped = image.crop((round(left * w), round(top * h), round(w * (1 - right)), round(h * (1 - bottom))))
    resized = cropped.resize((round(cropped.width * scale), round(cropped.height * scale)), Image.Resampling.BICUBIC)
    if codec == "JPEG":
        return jpeg_at(resized, quality)
    buffer = io.BytesIO()
    resized.save(buffer, codec, quality=quality)
    return Image.open(buffer).convert("RGB")


@pytest.mark.parametrize(("box", "scale", "quality"), [
    ((0.10, 0.05, 0.05, 0.10), 0.42, 55),  # 6.8 and not decoded at the flat strength used before (1.0); now 7.8
    ((0.05, 0.15, 0.10, 0.00), 0.40, 60),  # 6.1 before; now 8.1
])
def test_a_flat_draft_downscaled_below_half_keeps_its_mark(poster: Image.Image, box: tuple[float, ...],
                                                           scale: float, quality: int) -> None:
    """Flat drafts cut down to 0.3-0.5x and re-encoded were most of what the randomised attacks still missed:
    their chips are ~1.6 px there and the codec keeps little of a 1-grey-level mark. 1.25 levels on flat areas."""
    detection = recovered(_attacked(embed_watermark(poster, PAYLOAD, KEY), box, scale, quality))
    assert detection.found and detection.payload == PAYLOAD, detection


@pytest.mark.parametrize("earlier_settings", [
    {"_FLAT_RMS": 1.0},  # the flat strength before 1.25
    {"_LOW_RMS": 0.0, "_LOW_CUT": 0.0},  # before the low layer
])
def test_marks_made_by_earlier_embedders_still_verify(poster: Image.Image, earlier_settings: dict[str, float],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Strength and the low layer are the embedder's alone (same chips, pilots, code and detector: no new version
    bits), so images marked before each change still read."""
    for name, value in earlier_settings.items():
        monkeypatch.setattr(f"openbanana.imaging.watermark_embed.{name}", value)
    earlier = embed_watermark(poster, PAYLOAD, KEY)
    monkeypatch.undo()
    assert not np.array_equal(np.asarray(earlier), np.asarray(embed_watermark(poster, PAYLOAD, KEY)))
    for image in (earlier, _attacked(earlier, (0.12, 0.10, 0.05, 0.0), 0.75, 75)):
        detection = recovered(image)
        assert detection.found and detection.payload == PAYLOAD, detection


def test_the_scans_coarse_grid_sees_the_whole_score_at_the_true_geometry(marked_photo: Image.Image) -> None:
    """The coarse grid ranks every hypothesis the scan refines. At 1 bin per chip it held only the band's lower half
    and scored the true geometry at about half the full fold's score (9.2 of 17.6 here; 3.7 of 7.7 on grass, which
    then ranked it ~200th and missed it); at 2 bins per chip up to 48 cycles per tile it sees nearly all of it."""
    box, scale = (0.24, 0.18, 0.18, 0.04), 0.874
    keyed, prepared = _keyed(KEY), _prepare(_attacked(marked_photo, box, scale, 63))
    period = _TILE * scale  # received px per tile: the photo is 1024 x 1024 (g = 1) and only cropped and scaled
    spectrum = FieldSpectrum(prepared.fields[0])
    full = _peak_at(spectrum, period, 0.0, keyed).score
    coarse = _sync_spectrum(spectrum.fold((period, period), 0.0, _BINS, keyed.coarse_mask), keyed.band128,
                            keyed.pilot_spectrum)[0]
    assert full > CHECKED_THRESHOLD and coarse >= 0.9 * full, (coarse, full)


@pytest.mark.parametrize("which", ["photo", "poster", "unmarked"])
def test_the_scans_batched_scores_are_the_per_fold_reference(which: str, marked_photo: Image.Image,
                                                             marked_poster: Image.Image, poster: Image.Image) -> None:
    """The scan scores its hypotheses on Hermitian half spectra, in batches; each score must be the one folding and
    correlating that hypothesis in full gives (`fold` + `_sync_spectrum`), on both masks, marked or not, so the
    ranking, the refined hypotheses and the false-positive fits are those of the per-fold search."""
    image = {"photo": marked_photo, "poster": marked_poster, "unmarked": poster}[which]
    keyed, prepared = _keyed(KEY), _prepare(_attacked(image, (0.2, 0.1, 0.05, 0.15), 0.81, 70))
    spectrum = FieldSpectrum(prepared.fields[0])
    grid = [(prepared.plain_period * ratio, tilt) for ratio in (0.95, 0.81 / 0.75, 1.37, 2.09)
            for tilt in (-1.4, -0.6, 0.0, 0.2, 1.2)]
    for mask, band, pilots in ((keyed.coarse_mask, keyed.band128, keyed.pilot_spectrum),
                               (keyed.band_mask, keyed.band128, keyed.pilot_spectrum),
                               (keyed.band_mask64, keyed.band64, keyed.pilot_spectrum64)):  # the prescreen's
        reference = [_sync_spectrum(spectrum.fold((period, period), tilt, mask.shape[0], mask), band, pilots)[0]
                     for period, tilt in grid]
        batched = _scores(spectrum, grid, mask, keyed)
        assert np.allclose(batched, reference, rtol=1e-12, atol=1e-12), np.abs(batched - reference).max()
        assert int(np.argmax(batched)) == int(np.argmax(reference))
    period, tilt = grid[7]
    half = spectrum.fold_half(np.array([period]), np.array([tilt]), _BINS, keyed.band_mask)[0]
    full = spectrum.fold((period, period), tilt, _BINS, keyed.band_mask)
    assert np.array_equal(half, full[:, :_BINS // 2 + 1])
    assert np.allclose(_whiten_half(half), _whiten(full)[:, :_BINS // 2 + 1], rtol=1e-14, atol=0)


@pytest.fixture(scope="module")
def sign() -> Image.Image:
    return draft('a vintage coffee shop sign reading "OPEN DAILY"', 1264, 848)


@pytest.mark.parametrize("version", [0, 1])
def test_marks_of_earlier_payload_versions_still_verify(sign: Image.Image, version: int) -> None:
    """Images marked before version 2 (version 0: BCH; 1: the issuer carried, a 320-bit code) are read by the same
    detector, plain and attacked, whatever issuer the reading server has: those formats carry it."""
    assert [_codeword(PAYLOAD, _keyed(KEY), v).size for v in (0, 1, 2)] == [127, 320, 288]
    old = embed_watermark(sign, PAYLOAD, KEY, version=version)
    for image in (old, _attacked(old, (0.12, 0.10, 0.0, 0.0), 0.83, 75)):
        for issuer in (PAYLOAD.issuer, DEFAULT_ISSUER):
            detection = detect_watermark(image, KEY, issuer)
            assert detection.found and detection.payload == PAYLOAD, detection


def test_version_2_carries_the_image_id_and_checks_the_issuer(marked_poster: Image.Image) -> None:
    """The issuer is in version 2's CRC, not in its code bits: the reading server's issuer reads the payload, any
    other issuer reads a failed check, so a mark is never given someone else's issuer."""
    assert recovered(marked_poster).payload == PAYLOAD
    other = detect_watermark(marked_poster, KEY, PAYLOAD.issuer ^ 1)
    assert not other.found and other.payload is None and other.score > SCORE_THRESHOLD
    chips = _aligned_chips(_search(marked_poster, KEY).peaks[0], _keyed(KEY))
    assert _decode_v1(chips, _keyed(KEY)) is None and _decode_v2(chips, _keyed(KEY), PAYLOAD.issuer) == PAYLOAD


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    """A photograph, fixed on disk: the damaged-mark cases sit between two thresholds, so their picture must not
    change when the draft engine draws differently."""
    path = PHOTOS / "coffee.jpg"
    return Image.open(path).convert("RGB").resize((1264, 848), Image.Resampling.LANCZOS)


@pytest.mark.parametrize(("box", "scale", "quality"), [
    # version 1 found at 8.1 and 7.4; version 0 not found (before the low layer the same cases were 0.40x + q50
    # and 0.42x + q40, and at the flat strength used before 1.25, 0.45x + q55 and 0.45x + q45: each stronger mark
    # passed SCAN_THRESHOLD there)
    ((0.05, 0.20, 0.10, 0.00), 0.36, 45),
    ((0.08, 0.08, 0.08, 0.08), 0.38, 40),
])
def test_a_damaged_mark_reads_by_its_crc_below_the_score_thresholds(photo: Image.Image, box: tuple[float, ...],
                                                                   scale: float, quality: int) -> None:
    """Under half size and JPEG-compressed after a crop: the pilots score below SCAN_THRESHOLD, but the version-1
    payload decodes (soft Viterbi) and passes its CRC, which is what lets it count from CHECKED_THRESHOLD on."""
    detection = recovered(_attacked(embed_watermark(photo, PAYLOAD, KEY), box, scale, quality))
    assert detection.found and detection.payload == PAYLOAD, detection
    assert CHECKED_THRESHOLD <= detection.score < SCAN_THRESHOLD and detection.confidence >= 0.5
    old = recovered(_attacked(embed_watermark(photo, PAYLOAD, KEY, version=0), box, scale, quality))
    assert not old.found


@pytest.mark.parametrize(("scale", "below_checked"), [(0.38, False), (0.36, True)])
def test_version_2_reads_a_small_textured_chip_that_version_1_does_not(scale: float, below_checked: bool) -> None:
    """A brick wall cropped on all sides, shrunk to under 0.4x and JPEG q50: version 1's payload does not decode
    (7.5 / 5.7); version 2's does (16 fewer carried bits, more chips per code bit), at 0.36x from a score below
    CHECKED_THRESHOLD, as its CRC-24 needs no score threshold."""
    path = PHOTOS / "brick.jpg"
    brick = Image.open(path).convert("RGB").resize((1024, 1024), Image.Resampling.LANCZOS)
    box = (0.2, 0.1, 0.1, 0.2)
    detection = recovered(_attacked(embed_watermark(brick, PAYLOAD, KEY), box, scale, 50))
    assert detection.found and detection.payload == PAYLOAD, detection
    assert (detection.score < CHECKED_THRESHOLD) is below_checked and detection.confidence >= 0.5
    assert not recovered(_attacked(embed_watermark(brick, PAYLOAD, KEY, version=1), box, scale, 50)).found


def test_thresholds_share_the_false_positive_budget() -> None:
    """Fixed stage + scan (score alone) + versions 1 and 2 (score and check, 1e-7 and 2.1e-7) add up to 1e-6 per
    image; version 2's check (CRC-24 + version bits at 14 reads: 4 of the plain field's peaks, 2 of the edge
    field's, the median and the non-local fields' best 2 each polished and as refined) is that strong alone, so it
    is read at any score."""
    assert V2_THRESHOLD < CHECKED_THRESHOLD < SCORE_THRESHOLD < SCAN_THRESHOLD
    assert _V2_READS == 14 and V2_THRESHOLD == 0
    version_1 = _image_tail(CHECKED_THRESHOLD) * _CHECK_FALSE_ACCEPT
    version_2 = _image_tail(V2_THRESHOLD) * _V2_CHECK_FALSE_ACCEPT
    assert math.isclose(version_1, 1e-7, rel_tol=1e-9) and version_2 <= 2.1e-7
    scan = _image_tail(SCAN_THRESHOLD)
    assert math.isclose(version_1 + 2.1e-7 + scan + _FIXED_STAGE_FALSE_POSITIVE, 1e-6, rel_tol=1e-9)


def test_random_chips_do_not_pass_the_checks() -> None:
    """Viterbi always returns a path; the CRC and the version bits are what reject noise (2^-18 together in
    version 1, 2^-26 in version 2, for any issuer)."""
    keyed, rng = _keyed(KEY), np.random.default_rng(11)
    chips = [rng.normal(size=(64, 64)) for _ in range(32)]
    assert all(_decode_v1(c, keyed) is None and _decode_v2(c, keyed, DEFAULT_ISSUER) is None for c in chips)


@pytest.mark.parametrize(("box", "scale", "quality"), [
    ((0.10, 0.12, 0.05, 0.00), 0.60, 75),  # 5.5 and not decoded without the low layer; 8.7 with it
    ((0.05, 0.10, 0.10, 0.05), 0.55, 80),  # 7.3 and not decoded without it; 9.4 with it
])
def test_a_text_page_shrunk_and_webp_compressed_keeps_its_mark(box: tuple[float, ...], scale: float,
                                                                quality: int) -> None:
    """WebP quantises a light page's flat background to nothing at the fine mark's periods once the page is shrunk
    below ~0.6x, and the glyphs' strong mark goes with their strokes. The low layer (the same chips at ~3x the
    period, on flat areas only) is what survives there."""
    page = text_page(1376, 768, (236, 232, 222), 22)
    detection = recovered(_attacked(embed_watermark(page, PAYLOAD, KEY), box, scale, quality, "WEBP"))
    assert detection.found and detection.payload == PAYLOAD, detection


def test_the_low_layer_stays_off_texture() -> None:
    """Flat areas (the masking's floor) get the whole low layer, texture at twice the floor and above none, so
    textured images keep the fine mark at full strength and no low-frequency mottle is added to them."""
    gain = np.array([1.0, 1.5, 2.0, 4.0], dtype=np.float32) * np.float32(_FLAT_RMS)
    assert np.allclose(_flatness(gain), [1.0, 0.5, 0.0, 0.0])


def _tuning_text_page() -> Image.Image:
    """bench/watermark.py's text page 1200x896 of the randomised attacks' tuning set (seed 10001, its 16th synthetic
    image), made from its generator's state at that image rather than by replaying the 15 images before it."""
    rng = np.random.default_rng()
    rng.bit_generator.state = {"bit_generator": "PCG64", "has_uint32": 0, "uinteger": 1980554845, "state": {
        "state": 279817743466901755500893106407762738255, "inc": 59894319765793677792020418773999653885}}
    return bench_text_page(1200, 896, rng)


def test_a_text_page_shrunk_below_half_and_webp_compressed_is_read_from_its_strokes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Shrunk to 0.45x, tilted and WebP-compressed, the page keeps nothing of the mark on its flat paper, and the
    plain high-pass, swamped by the strokes' edges, scores ~4.5 at the true geometry. The edge stage's field
    (each sample against its neighbours within 12 grey levels) reads the strokes and the paper beside them
    against themselves and decodes it (a tuning draw of bench/watermark_attacks.py, missed before)."""
    marked = embed_watermark(_tuning_text_page(), PAYLOAD, KEY)
    w, h = marked.size
    box = (round(0.16 * w), round(0.06 * h), round(0.86 * w), round(0.80 * h))
    cropped = _rotated_inscribed(marked.crop(box), 0.53)
    small = cropped.resize((round(cropped.width * 0.446), round(cropped.height * 0.446)), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    small.save(buffer, "WEBP", quality=69)
    attacked = Image.open(buffer).convert("RGB")
    detection = recovered(attacked)
    assert detection.found and detection.payload == PAYLOAD, detection
    monkeypatch.setattr("openbanana.imaging.watermark._edge_reading", lambda *_: None)
    assert not recovered(attacked).found


def test_a_checkerboard_shrunk_below_half_is_read_by_the_prescreened_edge_stage(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A black-and-white checkerboard cropped, shrunk to 0.42x, its tone changed and JPEG-compressed keeps its mark
    only beside its edges: the plain field scores ~4 at the true geometry, the edge stage reads it, and still
    does once its coarse grid is scored only around the best of the cheaper prescreen."""
    board = cover_fit(Image.open(PHOTOS / "checkerboard.png").convert("RGB"), 1152, 928)
    marked = embed_watermark(board, PAYLOAD, KEY)
    w, h = marked.size
    cropped = marked.crop((round(0.20 * w), round(0.17 * h), round(0.91 * w), round(0.97 * h)))
    small = cropped.resize((round(cropped.width * 0.422), round(cropped.height * 0.422)), Image.Resampling.BILINEAR)
    toned = ImageEnhance.Contrast(ImageEnhance.Brightness(small).enhance(0.95)).enhance(1.13)
    attacked = jpeg_at(toned, 85)
    detection = recovered(attacked)
    assert detection.found and detection.payload == PAYLOAD, detection
    monkeypatch.setattr("openbanana.imaging.watermark._edge_reading", lambda *_: None)
    assert not recovered(attacked).found


def test_the_edge_stage_on_an_unmarked_flat_image_costs_a_third_of_a_full_coarse_grid(
        poster: Image.Image, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unmarked flat image passes the edge stage's gate, so every failed detection of one pays for the stage.
    Its coarse grid is scored only around the best of a prescreen at 1 bin per chip (a quarter of the work per
    hypothesis), so it weighs under a third of the full grid it scored before, and still finds nothing."""
    work: list[float] = []
    scores = watermark_search._scores

    def counted(spectrum: FieldSpectrum, grid: list[tuple[float, float]], mask: npt.NDArray[np.bool_],
                keyed: _Keyed) -> npt.NDArray[np.float64]:
        work.append(len(grid) * (mask.shape[0] / _BINS) ** 2)  # a fold's work goes with its bins
        return scores(spectrum, grid, mask, keyed)

    monkeypatch.setattr(watermark_search, "_scores", counted)
    attacked = _attacked(poster, (0.1, 0.05, 0.08, 0.12), 0.7, 75)
    keyed, prepared = _keyed(KEY), _prepare(attacked)
    assert not recovered(attacked).found
    edges = _edge_field(attacked)
    assert edges is not None
    work.clear()
    watermark_search._scan(edges, prepared.plain_period, keyed, _EDGE_TILTS)
    full = sum(work)
    work.clear()
    peaks = _edge_peaks(attacked, prepared, keyed)
    assert sum(work) < full / 3, (sum(work), full)
    assert len(peaks) == 2 and all(_decode_v2(_aligned_chips(p, keyed), keyed, PAYLOAD.issuer) is None for p in peaks)
