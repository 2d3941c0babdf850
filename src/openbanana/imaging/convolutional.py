"""A terminated rate-1/n convolutional code with a soft-decision Viterbi decoder, and a CRC to check its output.

Why: the watermark's version-0 payload code (BCH(127, 50), `imaging.ecc`) decides each code bit's sign before
decoding, and a damaged mark (a small received chip after a downscale and a lossy codec) reads 15-20 % of those
signs wrong, beyond what any hard-decision code of that rate corrects. A convolutional code read by Viterbi on
the correlation magnitudes themselves (maximum likelihood over the whole trellis for a Gaussian channel) keeps
the information that a barely positive sum is nearly a coin toss, and a low rate spreads every data bit over
many more chips. Viterbi always returns *some* path, so the CRC is what says "this is not a mark".

API: `ConvolutionalCode(generators, constraint)` with generators as ints (bit i = tap on the input i steps back,
the usual octal tables read most-significant-tap first are converted by `from_octal`); `encode(bits)` appends
constraint - 1 zero tail bits and returns n * (len(bits) + constraint - 1) code bits in step order; `decode(soft)`
takes that many soft values (> 0 reads as a 1) and returns the most likely data bits. `crc(bits, width, poly)`
computes a CRC over 0/1 bits. Bits are numpy uint8 arrays of 0/1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

Bits = npt.NDArray[np.uint8]
Float64Array = npt.NDArray[np.float64]


def from_octal(octal: str, constraint: int) -> int:
    """A generator from the textbook octal form (leftmost tap = the current input) to this module's bit order."""
    value = int(octal, 8)
    return sum(((value >> (constraint - 1 - i)) & 1) << i for i in range(constraint))


@dataclass(frozen=True)
class ConvolutionalCode:
    """Rate 1/len(generators), `constraint` = K (2^(K-1) states), zero-terminated (K - 1 tail steps)."""

    generators: tuple[int, ...]
    constraint: int
    _patterns: npt.NDArray[np.int64] = field(init=False, repr=False, compare=False)
    _previous: npt.NDArray[np.int64] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        states = 1 << (self.constraint - 1)
        # register = input bit (bit 0) then the K-1 previous inputs; state = the K-1 most recent inputs.
        registers = np.arange(2 * states)
        taps = np.array([[bin(int(r) & g).count("1") & 1 for g in self.generators] for r in registers])
        # For each new state s and each of its two predecessors: register = (s's newest bit) | predecessor << 1.
        new = np.arange(states)
        previous = np.stack([(new >> 1), (new >> 1) | (states >> 1)], axis=1)  # the oldest bit dropped was 0 or 1
        register = (new & 1)[:, None] | (previous << 1)
        weights = 1 << np.arange(len(self.generators))
        object.__setattr__(self, "_patterns", (taps[register] * weights).sum(axis=2))  # (states, 2): output bits
        object.__setattr__(self, "_previous", previous.astype(np.int64))

    @property
    def n(self) -> int:
        return len(self.generators)

    def length(self, data_bits: int) -> int:
        """Code bits for `data_bits` data bits (the zero tail included)."""
        return self.n * (data_bits + self.constraint - 1)

    def encode(self, data: Bits) -> Bits:
        mask = (1 << self.constraint) - 1
        register = 0
        out: list[int] = []
        for bit in [*(int(b) for b in data), *([0] * (self.constraint - 1))]:
            register = ((register << 1) | bit) & mask
            out.extend(bin(register & g).count("1") & 1 for g in self.generators)
        return np.array(out, dtype=np.uint8)

    def decode(self, soft: Float64Array) -> Bits:
        """Maximum-likelihood data bits for soft values (> 0 = a 1), by correlation metrics over the trellis
        from state 0 to state 0 (the zero tail)."""
        n, states = self.n, 1 << (self.constraint - 1)
        steps = len(soft) // n
        values = np.asarray(soft, dtype=np.float64)[: steps * n].reshape(steps, n)
        # The correlation of every possible output pattern with each step's soft values: a branch's metric is one
        # lookup instead of a product per state.
        signs = 2.0 * ((np.arange(1 << n)[:, None] >> np.arange(n)[None, :]) & 1) - 1.0
        table = values @ signs.T  # (steps, 2^n)
        metric = np.full(states, -np.inf)
        metric[0] = 0.0
        choices = np.empty((steps, states), dtype=np.bool_)
        for t in range(steps):
            candidates = metric[self._previous] + table[t][self._patterns]
            pick = candidates[:, 1] > candidates[:, 0]
            choices[t] = pick
            metric = np.where(pick, candidates[:, 1], candidates[:, 0])
        state = 0
        bits = np.empty(steps, dtype=np.uint8)
        for t in range(steps - 1, -1, -1):
            bits[t] = state & 1
            state = int(self._previous[state, int(choices[t, state])])
        return bits[: steps - (self.constraint - 1)]


def crc(bits: Bits, width: int, poly: int) -> Bits:
    """CRC of `bits` (MSB-first polynomial division, zero initial value), as `width` bits."""
    top = 1 << width
    register = 0
    for bit in bits:
        register = (register << 1) | int(bit)
        if register & top:
            register ^= top | poly
    for _ in range(width):
        register <<= 1
        if register & top:
            register ^= top | poly
    return np.array([(register >> (width - 1 - i)) & 1 for i in range(width)], dtype=np.uint8)
