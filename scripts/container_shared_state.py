"""The container image on shared state: a Postgres server (from the system's packages, as the tests start it) and
an S3-compatible server (moto's), then scripts/container_smoke.sh against an image built already, its container
pointed at both (host networking: the servers listen on this machine's loopback). Afterwards the rows the smoke
tests made must be in Postgres and their bytes in the bucket.

    CONTAINER=podman IMAGE=openbanana:draft PYTHON=.venv/bin/python .venv/bin/python scripts/container_shared_state.py

Needs the test extra (psycopg, boto3, moto[server]) and Debian's postgresql package. Exit status 0 when it passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.postgres import running_postgres  # noqa: E402
from tests.s3 import running_s3  # noqa: E402

from openbanana.store.blobs import open_blob_store  # noqa: E402


def main() -> int:
    with running_postgres() as postgres, running_s3() as s3:
        database_url, bucket = postgres.new_database(), s3.new_bucket()
        blob_url = f"s3://{bucket}/openbanana"
        env = {**os.environ, "SKIP_BUILD": "1", "DATABASE_URL": database_url, "BLOB_URL": blob_url,
               "BLOB_ENDPOINT_URL": s3.endpoint_url}
        smoke = subprocess.run(["bash", str(ROOT / "scripts" / "container_smoke.sh")], env=env, check=False)
        if smoke.returncode != 0:
            return smoke.returncode
        with psycopg.connect(database_url) as conn:
            files, batches = (len(conn.execute(f"SELECT 1 FROM {table}").fetchall()) for table in ("files", "batches"))
        blobs = list(open_blob_store(blob_url, Path("/tmp"), s3.endpoint_url).blobs.stored())
        print(f"[container-shared-state] Postgres: {files} files, {batches} batches; the bucket: {len(blobs)} blobs")
        if not (files and batches and blobs):
            print("[container-shared-state] FAILED: the state is not in Postgres and the bucket")
            return 1
    print("[container-shared-state] PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
