"""A server that would draw some text wrongly says so at start: without the system's FriBiDi library, Pillow's
layout falls back to basic, silently, and Arabic and Hebrew come out unjoined and left to right."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import start_server, stop_server


def test_a_missing_fribidi_is_one_warning_line_at_start(tmp_path: Path) -> None:
    # A file named like the library that is no library: the dynamic loader finds it first and fails, as on a
    # machine without libfribidi0.
    hidden = tmp_path / "no-fribidi"
    hidden.mkdir()
    (hidden / "libfribidi.so.0").write_text("not a library")
    server = start_server(tmp_path / "data", env={"LD_LIBRARY_PATH": str(hidden), "OPENBANANA_SAFETY_SEMANTIC": "off"})
    stop_server(server)
    log = next(tmp_path.glob("server-*.log")).read_text()
    warnings = [line for line in log.splitlines() if "text shaping is basic" in line]
    assert len(warnings) == 1, log
    assert "libfribidi0" in warnings[0] and "Arabic and Hebrew" in warnings[0]


def test_no_warning_where_text_shaping_is_complete(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", env={"OPENBANANA_SAFETY_SEMANTIC": "off"})
    stop_server(server)
    assert "text shaping" not in next(tmp_path.glob("server-*.log")).read_text()
