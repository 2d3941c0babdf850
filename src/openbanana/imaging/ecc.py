"""Binary BCH codes over GF(2^m) with hard-decision and Chase-II soft-decision decoding.

Why our own: the invisible watermark needs a small, dependency-free code that also *says* when it failed
(a decoding failure is how a random, unmarked image is told apart from a mark). A t-error-correcting BCH code
does both: any pattern of up to t bit errors is corrected, and a word that is further than t from every
codeword is reported as a failure with high probability. The Chase-II decoder adds soft information
(the per-bit correlation strengths of the detector): it retries the hard decoder with the least reliable bits
flipped and keeps the candidate codeword that agrees best with the soft values.

API: `BCHCode(m, t, k=None)` builds the code (k < the natural dimension shortens it); `encode(data)` returns
the codeword bits, `decode(word)` and `decode_soft(values)` return a `Decoded` or None on failure. Bits are
numpy uint8 arrays of 0/1; codeword bit i is the coefficient of x^i (systematic: data in the high bits).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import reduce

import numpy as np
import numpy.typing as npt

Bits = npt.NDArray[np.uint8]

# Primitive polynomials (bit i = coefficient of x^i) for the field sizes a small BCH code needs.
_PRIMITIVE = {3: 0xB, 4: 0x13, 5: 0x25, 6: 0x43, 7: 0x89, 8: 0x11D, 9: 0x211, 10: 0x409}


@dataclass(frozen=True)
class Decoded:
    """A successful decode: the data bits and how many codeword bits had to be flipped to get there."""

    data: Bits
    corrected: int


class GaloisField:
    """GF(2^m) with exp/log tables; elements are ints in [0, 2^m)."""

    def __init__(self, m: int) -> None:
        if m not in _PRIMITIVE:
            raise ValueError(f"unsupported field size 2^{m}")
        self.m = m
        self.order = (1 << m) - 1
        exp = [0] * (2 * self.order)
        log = [0] * (self.order + 1)
        value = 1
        for i in range(self.order):
            exp[i] = exp[i + self.order] = value
            log[value] = i
            value <<= 1
            if value >> m:
                value ^= _PRIMITIVE[m]
        self.exp = exp
        self.log = log

    def mul(self, a: int, b: int) -> int:
        return 0 if a == 0 or b == 0 else self.exp[self.log[a] + self.log[b]]

    def inv(self, a: int) -> int:
        return self.exp[self.order - self.log[a]]

    def power(self, exponent: int) -> int:
        """alpha^exponent for any integer exponent."""
        return self.exp[exponent % self.order]


def _gf2_poly_mul(a: int, b: int) -> int:
    """Product of two GF(2) polynomials held as int bit masks."""
    out = 0
    while b:
        if b & 1:
            out ^= a
        a <<= 1
        b >>= 1
    return out


def _gf2_poly_mod(a: int, modulus: int) -> int:
    degree = modulus.bit_length() - 1
    while a.bit_length() - 1 >= degree:
        a ^= modulus << (a.bit_length() - 1 - degree)
    return a


def _minimal_polynomial(field: GaloisField, exponent: int) -> int:
    """Minimal polynomial over GF(2) of alpha^exponent: the product over its cyclotomic coset."""
    coset = sorted({(exponent << i) % field.order for i in range(field.m)})
    poly = [1]  # coefficients in GF(2^m), lowest degree first
    for e in coset:
        root = field.power(e)
        shifted = [0, *poly]
        scaled = [field.mul(c, root) for c in poly] + [0]
        poly = [a ^ b for a, b in zip(shifted, scaled, strict=True)]
    if any(c > 1 for c in poly):  # pragma: no cover - a property of cyclotomic cosets
        raise ArithmeticError("minimal polynomial is not binary")
    return sum(c << i for i, c in enumerate(poly))


class BCHCode:
    """A narrow-sense binary BCH code of length 2^m - 1 (optionally shortened to k data bits)."""

    def __init__(self, m: int, t: int, k: int | None = None) -> None:
        self.field = GaloisField(m)
        self.t = t
        polys = {_minimal_polynomial(self.field, i) for i in range(1, 2 * t + 1)}
        self.generator = reduce(_gf2_poly_mul, sorted(polys), 1)
        self.parity = self.generator.bit_length() - 1
        natural_k = self.field.order - self.parity
        if natural_k <= 0:
            raise ValueError(f"t={t} is too large for m={m}")
        self.k = natural_k if k is None else k
        if not 0 < self.k <= natural_k:
            raise ValueError(f"k must be in 1..{natural_k}")
        self.n = self.k + self.parity  # shortened length; the dropped data bits are implicit zeros

    def encode(self, data: npt.ArrayLike) -> Bits:
        bits = np.asarray(data, dtype=np.uint8).ravel()
        if bits.size != self.k:
            raise ValueError(f"expected {self.k} data bits, got {bits.size}")
        message = _to_int(bits) << self.parity
        return _to_bits(message ^ _gf2_poly_mod(message, self.generator), self.n)

    def decode(self, word: npt.ArrayLike) -> Decoded | None:
        """Hard-decision decode; None if more than t errors were detected."""
        bits = np.asarray(word, dtype=np.uint8).ravel()
        if bits.size != self.n:
            raise ValueError(f"expected {self.n} code bits, got {bits.size}")
        positions = self._error_positions(bits)
        if positions is None:
            return None
        fixed = bits.copy()
        fixed[positions] ^= 1
        return Decoded(fixed[self.parity:].copy(), len(positions))

    def decode_soft(self, values: npt.ArrayLike, chase_bits: int = 4) -> Decoded | None:
        """Chase-II decode of soft values (positive means bit 1, magnitude = reliability).

        Tries the hard decision with every subset of the `chase_bits` least reliable bits flipped and keeps
        the decoded codeword with the largest correlation with the soft values. `corrected` counts the bits
        that differ from the plain hard decision.
        """
        soft = np.asarray(values, dtype=np.float64).ravel()
        if soft.size != self.n:
            raise ValueError(f"expected {self.n} soft values, got {soft.size}")
        hard = (soft > 0).astype(np.uint8)
        weakest = np.argsort(np.abs(soft))[:chase_bits]
        best: tuple[float, Bits] | None = None
        for flips in itertools.product((0, 1), repeat=len(weakest)):
            trial = hard.copy()
            trial[weakest] ^= np.asarray(flips, dtype=np.uint8)
            positions = self._error_positions(trial)
            if positions is None:
                continue
            trial[positions] ^= 1
            metric = float(np.dot(soft, 2.0 * trial - 1.0))
            if best is None or metric > best[0]:
                best = (metric, trial)
        if best is None:
            return None
        codeword = best[1]
        return Decoded(codeword[self.parity:].copy(), int(np.count_nonzero(codeword != hard)))

    def _error_positions(self, bits: Bits) -> list[int] | None:
        syndromes = self._syndromes(bits)
        if not any(syndromes):
            return []
        locator = self._berlekamp_massey(syndromes)
        degree = len(locator) - 1
        if degree > self.t:
            return None
        positions = self._chien(locator)
        if len(positions) != degree or any(p >= self.n for p in positions):
            return None  # not a correctable pattern (or an error in the shortened, implicit-zero part)
        return positions

    def _syndromes(self, bits: Bits) -> list[int]:
        field = self.field
        ones = np.flatnonzero(bits).tolist()
        out = []
        for j in range(1, 2 * self.t + 1):
            value = 0
            for i in ones:
                value ^= field.exp[(i * j) % field.order]
            out.append(value)
        return out

    def _berlekamp_massey(self, syndromes: list[int]) -> list[int]:
        """Shortest LFSR (error locator, lowest degree first) generating the syndromes."""
        field = self.field
        locator, previous = [1], [1]
        length, shift, last_discrepancy = 0, 1, 1
        for n, syndrome in enumerate(syndromes):
            discrepancy = syndrome
            for i in range(1, length + 1):
                if i < len(locator):
                    discrepancy ^= field.mul(locator[i], syndromes[n - i])
            if discrepancy == 0:
                shift += 1
                continue
            factor = field.mul(discrepancy, field.inv(last_discrepancy))
            update = [0] * shift + [field.mul(factor, c) for c in previous]
            new = [a ^ b for a, b in itertools.zip_longest(locator, update, fillvalue=0)]
            if 2 * length <= n:
                previous, length, last_discrepancy, shift = locator, n + 1 - length, discrepancy, 1
            else:
                shift += 1
            locator = new
        while len(locator) > 1 and locator[-1] == 0:
            locator.pop()
        return locator

    def _chien(self, locator: list[int]) -> list[int]:
        """Positions i with locator(alpha^-i) = 0, evaluated for all i at once with the log tables."""
        field = self.field
        exp = np.asarray(field.exp, dtype=np.int64)
        i = np.arange(field.order, dtype=np.int64)
        total = np.zeros(field.order, dtype=np.int64)
        for j, coefficient in enumerate(locator):
            if coefficient:
                total ^= exp[(field.log[coefficient] - i * j) % field.order]
        return np.flatnonzero(total == 0).tolist()


def _to_int(bits: Bits) -> int:
    return sum(1 << i for i in np.flatnonzero(bits).tolist())


def _to_bits(value: int, length: int) -> Bits:
    return np.array([(value >> i) & 1 for i in range(length)], dtype=np.uint8)


def int_to_bits(value: int, width: int) -> Bits:
    """Little-endian bits of a non-negative int that fits in `width` bits."""
    if not 0 <= value < 1 << width:
        raise ValueError(f"{value} does not fit in {width} bits")
    return _to_bits(value, width)


def bits_to_int(bits: npt.ArrayLike) -> int:
    """Inverse of `int_to_bits`."""
    return _to_int(np.asarray(bits, dtype=np.uint8).ravel())
