"""Blob stores in one run: the data dir against an S3-compatible server (moto's, as the tests start it).

Why this exists: `--blob-url s3://…` moves every file's bytes from a local rename to HTTP requests. This measures
what the server's own code adds on each side: adopting a finished upload (a local rename, against a single PUT or
boto3's multipart transfer) and a streamed download read in 1 MiB chunks (sendfile's source file, against ranged
GETs through the seekable reader), for one big file and for many small ones. moto keeps objects in the memory of
one Python process, so the S3 column measures the client path and a slow server, not AWS.

Run: `.venv/bin/python bench/blobs.py` (about a minute on 2 cores; `--big-mib`, `--small`, `--repeats`).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.s3, when run as a script

from tests.s3 import running_s3

from openbanana.store.blobs import BlobStore, hash_file, open_blob_store

CHUNK = 1024 * 1024


def timed(action: Callable[[], object], repeats: int) -> float:
    """The median seconds of `repeats` runs."""
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def measure(blobs: BlobStore, big_mib: int, small: int, repeats: int) -> dict[str, float]:
    big = os.urandom(big_mib * CHUNK)
    pieces = [os.urandom(64 * 1024) for _ in range(small)]

    def adopt_big() -> None:
        path = blobs.temp_path()
        path.write_bytes(big)
        ref = blobs.adopt(path, hash_file(path))
        blobs.delete(ref.sha256)  # the next run writes it again, never deduplicated

    def read_big() -> None:
        with blobs.open(sha256) as stream:
            while stream.read(CHUNK):
                pass

    def small_round_trip() -> None:
        refs = [blobs.write(piece) for piece in pieces]
        for ref in refs:
            blobs.read(ref.sha256)
            blobs.delete(ref.sha256)

    adopt_s = timed(adopt_big, repeats)
    sha256 = blobs.write(big).sha256
    read_s = timed(read_big, repeats)
    small_s = timed(small_round_trip, repeats)
    return {"adopt MB/s": big_mib * CHUNK / adopt_s / 1e6, "read MB/s": big_mib * CHUNK / read_s / 1e6,
            "64 KiB write+read ms": small_s / small * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big-mib", type=int, default=64)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, running_s3() as server:
        stores = {
            "data dir": open_blob_store(None, Path(scratch) / "local").blobs,
            "S3 (moto)": open_blob_store(f"s3://{server.new_bucket()}/bench", Path(scratch) / "s3",
                                         server.endpoint_url).blobs,
        }
        results = {name: measure(blobs, args.big_mib, args.small, args.repeats) for name, blobs in stores.items()}
    print(f"{platform.machine()}, {os.cpu_count()} cores; {args.big_mib} MiB file, {args.small} x 64 KiB, "
          f"median of {args.repeats}")
    print(f"{'':24}" + "".join(f"{name:>14}" for name in results) + f"{'S3 / local':>14}")
    for metric in next(iter(results.values())):
        local, s3 = results["data dir"][metric], results["S3 (moto)"][metric]
        print(f"{metric:24}{local:14.1f}{s3:14.1f}{s3 / local:14.2f}")


if __name__ == "__main__":
    main()
