"""Copy the MediaPipe models the photo edits use out of the PyPI wheel `mediapipe==0.10.21` (run by a maintainer).

MediaPipe 0.10.21 is the last release whose wheel bundles its .tflite models (later ones download them at run time).
The four files are copied unmodified into src/openbanana/assets/models/ and checked against the SHA-256 below;
openbanana never imports mediapipe itself, it runs the files with `ai-edge-litert`. Apache-2.0 (LICENSES/README.md).

    python scripts/fetch_photo_models.py            # downloads the wheel with pip into a temporary folder
    python scripts/fetch_photo_models.py --wheel mediapipe-0.10.21-cp311-cp311-manylinux_2_28_x86_64.whl
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL = "mediapipe==0.10.21"
MODELS = {  # path in the wheel → SHA-256
    "mediapipe/modules/face_detection/face_detection_short_range.tflite":
        "bbff11cebd1eb27a1e004cae0b0e63ec8c551cbf34a4451148b4908b8db3eca8",
    "mediapipe/modules/face_detection/face_detection_full_range_sparse.tflite":
        "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1",
    "mediapipe/modules/face_landmark/face_landmark.tflite":
        "1055cb9d4a9ca8b8c688902a3a5194311138ba256bcc94e336d8373a5f30c814",
    "mediapipe/modules/selfie_segmentation/selfie_segmentation.tflite":
        "9ee168ec7c8f2a16c56fe8e1cfbc514974cbbb7e434051b455635f1bd1462f5c",
}
TARGET = Path(__file__).resolve().parents[1] / "src" / "openbanana" / "assets" / "models"


def download(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--python-version",
                    "3.11", "--platform", "manylinux_2_28_x86_64", "-d", str(folder), WHEEL], check=True)
    return next(folder.glob("mediapipe-*.whl"))


def extract(wheel: Path) -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        for name, expected in MODELS.items():
            data = archive.read(name)
            digest = hashlib.sha256(data).hexdigest()
            if digest != expected:
                raise SystemExit(f"{name}: SHA-256 {digest}, expected {expected}")
            (TARGET / Path(name).name).write_bytes(data)
            print(f"{Path(name).name}: {len(data)} bytes, sha256 {digest}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a mediapipe 0.10.21 wheel already downloaded")
    args = parser.parse_args()
    if args.wheel:
        extract(args.wheel)
        return
    with tempfile.TemporaryDirectory() as folder:
        extract(download(Path(folder)))


if __name__ == "__main__":
    main()
