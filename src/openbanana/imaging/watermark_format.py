"""The watermark's payload formats: what a mark carries and how it is coded, apart from the key and the pixels.

Why a module of its own: the formats outlive the embedder that wrote them (every version ever written must still
read), so their constants and codes are kept in one place that neither embedding nor detection changes.

Payload: `WatermarkPayload` = 16-bit issuer id + 32-bit image id (the image record is looked up by both) + 2
format-version bits, XOR-whitened by a key-derived sequence. Three formats, all still read:

* Version 2 (written since 2026-12-03, latest): the version bits and the image id only (34 bits) + a CRC-24 over
  version, issuer and image id, the same K = 15 rate-1/4 code: 288 code bits of ~10.7 chips each. The issuer is
  checked, not carried: the reading server passes its own (`detect_watermark(..., issuer)`, the configured
  `watermark_issuer`), and a mark made under another issuer reads as a failed check. The trade: 16 fewer carried
  bits buy 8 more check bits, and with them version 2 needs no score threshold at all (its check alone passes noise
  with 2^-26 per read, 6e-8 per image at 4 reads), while each code bit still gets more chips than version 1's; a
  server that changes its issuer no longer reads its earlier version-2 marks (versions 0 and 1 carry theirs).
* Version 1 (written earlier on 2026-12-03): the 50 bits + a CRC-16, K = 15 rate-1/4 convolutional code with a zero
  tail (`imaging.convolutional`), 320 code bits of ~9.6 chips each, read by soft-decision Viterbi on the chip
  sums themselves. Why: damaged marks (a downscale to 0.33-0.6x, then JPEG/WebP) read 15-30 % of their code
  bits' signs wrong, where the hard-decision capacity is below version 0's rate; the soft decoder recovers marks
  with up to ~28 % of the signs wrong, and the CRC (with the version bits, 2^-18 for a random word) is what tells
  a decode from noise, which also lets a version-1 payload count from a lower score (CHECKED_THRESHOLD, below).
* Version 0 (before): BCH(127, 50, t=13) (`imaging.ecc`), hard then Chase-II soft decoding. Still read: the pilots,
  chip signs, tile offset and data-chip positions are shared, only which code bit a data chip carries differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from openbanana.imaging.convolutional import ConvolutionalCode, from_octal
from openbanana.imaging.ecc import BCHCode, bits_to_int, int_to_bits

ISSUER_BITS = 16
IMAGE_ID_BITS = 32
_VERSION_BITS = 2
_VERSION = 2  # what embedding writes; versions 0 (BCH) and 1 (the issuer in the mark) are still read
DEFAULT_ISSUER = 1  # the server's issuer when none is configured (config/models.py's default): what detection checks

_CHASE_BITS = 5  # 32 hard decodes at most, only when the plain hard decision fails
_CODE = BCHCode(7, 13)  # version 0: n = 127, k = 50
# Version 1: version + issuer + image id + a CRC-16, K = 15 rate 1/4 (the Galileo code's generators), zero tail.
_CRC_BITS = 16
_CRC_POLY = 0x8005  # CRC-16/ARC's polynomial
_CONV = ConvolutionalCode(tuple(from_octal(o, 15) for o in ("46321", "51271", "63667", "70535")), 15)
_V1_DATA = _VERSION_BITS + ISSUER_BITS + IMAGE_ID_BITS
_V1_LENGTH = _CONV.length(_V1_DATA + _CRC_BITS)  # 320 code bits, ~9.6 chips each
# Version 2: version + image id + a CRC over version, issuer and image id (the issuer is checked, not carried).
_V2_DATA = _VERSION_BITS + IMAGE_ID_BITS
_V2_CRC_BITS = 24
_V2_CRC_POLY = 0x864CFB  # CRC-24/OpenPGP's polynomial
_V2_LENGTH = _CONV.length(_V2_DATA + _V2_CRC_BITS)  # 288 code bits, ~10.7 chips each

_HEX = re.compile(r"^\s*([0-9a-fA-F]{4})[-:\s]?([0-9a-fA-F]{8})\s*$")


@dataclass(frozen=True)
class WatermarkPayload:
    """What a mark carries: `issuer` (16 bits, operator-configured) and `image_id` (32 bits, per image)."""

    issuer: int
    image_id: int

    def __post_init__(self) -> None:
        if not 0 <= self.issuer < 1 << ISSUER_BITS:
            raise ValueError(f"issuer must fit in {ISSUER_BITS} bits")
        if not 0 <= self.image_id < 1 << IMAGE_ID_BITS:
            raise ValueError(f"image_id must fit in {IMAGE_ID_BITS} bits")

    def to_hex(self) -> str:
        """The form shown to users: 4 hex digits of issuer, a dash, 8 hex digits of image id."""
        return f"{self.issuer:04x}-{self.image_id:08x}"

    @classmethod
    def from_hex(cls, text: str) -> WatermarkPayload:
        match = _HEX.match(text)
        if match is None:
            raise ValueError(f"not a watermark payload: {text!r}")
        return cls(int(match.group(1), 16), int(match.group(2), 16))


def _data_bits(payload: WatermarkPayload, version: int) -> npt.NDArray[np.uint8]:
    """Version, issuer and image id: all carried (versions 0 and 1) or what version 2's CRC covers."""
    return np.concatenate([
        int_to_bits(version, _VERSION_BITS),
        int_to_bits(payload.issuer, ISSUER_BITS),
        int_to_bits(payload.image_id, IMAGE_ID_BITS),
    ])


def _carried_v2(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """What version 2 carries of `_data_bits`: the version and the image id, not the issuer."""
    return np.concatenate([data[:_VERSION_BITS], data[_VERSION_BITS + ISSUER_BITS:]])


def _payload(data: npt.NDArray[np.uint8]) -> WatermarkPayload:
    issuer = bits_to_int(data[_VERSION_BITS:_VERSION_BITS + ISSUER_BITS])
    return WatermarkPayload(issuer, bits_to_int(data[_VERSION_BITS + ISSUER_BITS:_V1_DATA]))
