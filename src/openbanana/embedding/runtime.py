"""One-thread CPU sessions on onnxruntime, for every bundled ONNX model (the sentence encoder, the photo engine's
text detector): one thread, so the same input gives the same output on every call and a model never competes with
the server's own threads; onnxruntime's warnings off, since a missing optional provider is not the operator's
concern."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def cpu_session(model_path: Path) -> Any:
    """A loaded inference session for the model at `model_path` (onnxruntime must be importable)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
