"""A client of the OpenAI routes that leaves stops the engine, as on the Gemini routes: the unary answer (also
between the `n` renders) and the stream, over a real socket with an engine that works in steps."""

from __future__ import annotations

from pathlib import Path

import httpx

from openbanana.api.app import create_app
from tests.api.engines import SteppingEngine, post_then_hang_up, serving
from tests.api.test_scheduler import settings_for

GENERATE = "/v1/images/generations"


def test_a_client_leaving_a_unary_request_stops_the_render_and_the_renders_after_it(tmp_path: Path) -> None:
    engine = SteppingEngine(steps=200, step_seconds=0.05)  # ten seconds a render if nobody stops it
    app = create_app(settings_for(tmp_path), engine=engine)
    with serving(app) as base_url:
        post_then_hang_up(base_url, GENERATE, {"prompt": "a long poster", "n": 3}, engine,
                          auth="Authorization: Bearer any")
        assert engine.stopped.wait(5), "the engine stopped at its next step"
        assert engine.steps_run < 100
        engine.started.clear()
        assert not engine.started.wait(1), "no later render of the n started"


def test_a_client_leaving_a_stream_stops_the_render(tmp_path: Path) -> None:
    engine = SteppingEngine(steps=200, step_seconds=0.05)
    app = create_app(settings_for(tmp_path), engine=engine)
    with serving(app) as base_url:
        with httpx.stream("POST", base_url + GENERATE, headers={"Authorization": "Bearer any"}, timeout=30,
                          json={"prompt": "a long poster", "stream": True}) as streamed:
            assert streamed.status_code == 200
            assert engine.started.wait(10)
        assert engine.stopped.wait(5), "the render stopped at its next step"
        assert engine.steps_run < 100
        engine.steps = 1  # the slot is free for the next request
        after = httpx.post(base_url + GENERATE, json={"prompt": "a short poster"},
                           headers={"Authorization": "Bearer any"}, timeout=30)
        assert after.status_code == 200 and len(after.json()["data"]) == 1
