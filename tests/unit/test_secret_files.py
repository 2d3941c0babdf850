"""Secret files are created atomically: processes starting at once on one empty data dir agree on every secret."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from openbanana.service.keys.secret_files import (
    SecretFileError,
    create_folder_once,
    create_once,
    load_or_create_secret,
)

# The old touch-then-write code disagreed (or read an empty key) in about 1 pair in 20 here; 4 processes a round
# make a clash likelier, so 25 rounds catch it reliably.
ROUNDS, PROCESSES_PER_ROUND = 25, 4
SRC = Path(__file__).resolve().parents[2] / "src"

# Each child imports, says it is ready, then blocks on its round's pipe: the parent releases both processes of a
# round with one write, so that they reach load_or_create_secret at the same moment.
CHILD = """
import os, sys
from pathlib import Path
from openbanana.service.keys.secret_files import load_or_create_secret
ready, go, data_dir = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
os.write(ready, b"r")
os.read(go, 1)
sys.stdout.write(load_or_create_secret(data_dir, "signing.key").hex())
"""


def test_processes_starting_at_once_on_one_empty_data_dir_read_the_same_key(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    ready_read, ready_write = os.pipe()
    rounds = []
    for round_ in range(ROUNDS):
        go_read, go_write = os.pipe()
        data_dir = tmp_path / f"data-{round_}"
        processes = [subprocess.Popen([sys.executable, "-c", CHILD, str(ready_write), str(go_read), str(data_dir)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                      pass_fds=(ready_write, go_read))
                     for _ in range(PROCESSES_PER_ROUND)]
        os.close(go_read)
        rounds.append((data_dir, go_write, processes))
    os.close(ready_write)
    for _ in range(ROUNDS * PROCESSES_PER_ROUND):
        assert os.read(ready_read, 1) == b"r", "a child died before it was ready"
    os.close(ready_read)
    for round_, (data_dir, go_write, processes) in enumerate(rounds):
        os.write(go_write, b"g" * PROCESSES_PER_ROUND)
        os.close(go_write)
        keys = []
        for process in processes:
            out, err = process.communicate(timeout=60)
            assert process.returncode == 0, err.decode()
            keys.append(out.decode())
        stored = (data_dir / "signing.key").read_bytes().hex()
        assert len(stored) == 64, f"round {round_}: the key file holds {len(stored) // 2} bytes"
        assert keys == [stored] * PROCESSES_PER_ROUND, f"round {round_}: the processes read different keys"
        assert [p.name for p in data_dir.iterdir()] == ["signing.key"], "no temporary files are left behind"


def test_a_secret_is_made_once_with_mode_600(tmp_path: Path) -> None:
    first = load_or_create_secret(tmp_path / "data", "watermark.key")
    assert len(first) == 32 and load_or_create_secret(tmp_path / "data", "watermark.key") == first
    assert stat.S_IMODE((tmp_path / "data" / "watermark.key").stat().st_mode) == 0o600


def test_an_empty_secret_file_stops_the_start_with_its_path(tmp_path: Path) -> None:
    (tmp_path / "signing.key").touch()
    with pytest.raises(SecretFileError, match=r"signing\.key is empty"):
        load_or_create_secret(tmp_path, "signing.key")


def test_create_once_never_replaces(tmp_path: Path) -> None:
    path = tmp_path / "secret"
    assert create_once(path, b"first") is True
    assert create_once(path, b"second") is False
    assert path.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["secret"]


def test_a_folder_of_files_that_belong_together_appears_whole_once(tmp_path: Path) -> None:
    folder = tmp_path / "c2pa"
    folder.mkdir()  # an empty folder counts as missing
    assert create_folder_once(folder, {"chain.pem": (b"chain-1", 0o644), "key.pem": (b"key-1", 0o600)}) is True
    assert create_folder_once(folder, {"chain.pem": (b"chain-2", 0o644), "key.pem": (b"key-2", 0o600)}) is False
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {"chain.pem": b"chain-1", "key.pem": b"key-1"}
    assert stat.S_IMODE((folder / "key.pem").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["c2pa"], "the staging folder is gone"
