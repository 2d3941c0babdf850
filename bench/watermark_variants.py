"""Embedder variants the watermark benches can measure on the same attacked draws: the low layer's parameters.

Why this exists: the randomised attacks' misses that no search recovers are flat images and text pages downscaled
to 0.3-0.6x and then WebP-compressed, where the codec quantises a 1-grey-level mark at periods of 2-6 received px
to nothing. The embedder's low layer (`openbanana.imaging.watermark`: the same chips band-passed to longer periods,
on flat areas only) is the remedy, and its strength is a trade between that gain and visible grain on flat areas.
This module marks with other low-layer parameters (the module's constants, set only for the call) so the trade can
be measured on the bench's draws; detection is the module's own throughout (the layer carries the same pilots and
code bits, so no threshold depends on it).

`LowLayer(rms, low, high, cut)`: `rms` grey levels RMS of the low layer where the image is flat, band-passed to
`low`-`high` cycles per canonical px, the fine mark scaled by 1 - `cut` there. `LowLayer(0, ..., 0)` is the
embedder as it was before the layer. `LowLayer.parse("0.8,1/32,1/10,0.5")` reads the bench's `--low-layer` option.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from PIL import Image

from openbanana.imaging import watermark as wm
from openbanana.imaging import watermark_embed as wm_embed
from openbanana.imaging import watermark_format as wm_format


@dataclass(frozen=True)
class LowLayer:
    rms: float
    low: float  # cycles per canonical px: the band-pass's high-pass corner
    high: float  # its low-pass corner
    cut: float = 0.0
    version: int = wm_format._VERSION  # the payload format written

    @classmethod
    def parse(cls, text: str, version: int = wm_format._VERSION) -> LowLayer:
        rms, low, high, *cut = (float(Fraction(part)) for part in text.split(","))
        return cls(rms, low, high, cut[0] if cut else 0.0, version)

    def embed(self, image: Image.Image, payload: wm.WatermarkPayload, key: bytes) -> Image.Image:
        """`wm.embed_watermark` with this low layer instead of the module's."""
        saved = wm_embed._LOW_RMS, wm_embed._LOW_BAND, wm_embed._LOW_CUT
        wm_embed._LOW_RMS, wm_embed._LOW_BAND, wm_embed._LOW_CUT = self.rms, (self.low, self.high), self.cut
        try:
            return wm.embed_watermark(image, payload, key, self.version)
        finally:
            wm_embed._LOW_RMS, wm_embed._LOW_BAND, wm_embed._LOW_CUT = saved
