"""The bundled MediaPipe .tflite models (faces, landmarks, person segmentation), run with LiteRT when it is installed.

Each interpreter is made once and shared; a lock serialises its use, since a LiteRT interpreter holds its tensors.
Without `ai-edge-litert` (platforms it has no wheel for) every caller falls back to classical OpenCV methods.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import numpy as np

from openbanana.engines.draft.photo.arrays import F32

FACE_DETECTOR = "face_detection_full_range_sparse.tflite"
CLOSE_FACE_DETECTOR = "face_detection_short_range.tflite"
FACE_LANDMARKS = "face_landmark.tflite"
SELFIE_SEGMENTATION = "selfie_segmentation.tflite"


@dataclass
class Model:
    """One loaded interpreter: its input size, and a lock held while it runs."""

    interpreter: Any
    input_index: int
    output_indexes: tuple[int, ...]
    size: tuple[int, int]  # input width, height
    lock: threading.Lock

    def run(self, batch: F32) -> list[F32]:
        """Run on a 1×H×W×3 float32 batch; the outputs in the model's order, copied out."""
        with self.lock:
            self.interpreter.set_tensor(self.input_index, batch)
            self.interpreter.invoke()
            return [np.array(self.interpreter.get_tensor(i), dtype=np.float32) for i in self.output_indexes]


@cache
def load(name: str) -> Model | None:
    """The named bundled model, or None when LiteRT is not installed."""
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:  # pragma: no cover - the faces fall back to Haar cascades, the masks to GrabCut
        return None
    path = str(files("openbanana.assets").joinpath(f"models/{name}"))
    interpreter = Interpreter(model_path=path, num_threads=1)
    interpreter.allocate_tensors()
    inputs = interpreter.get_input_details()[0]
    outputs = tuple(int(d["index"]) for d in interpreter.get_output_details())
    height, width = int(inputs["shape"][1]), int(inputs["shape"][2])
    return Model(interpreter, int(inputs["index"]), outputs, (width, height), threading.Lock())
