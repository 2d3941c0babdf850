"""openbanana on Ray Serve, on a local Ray cluster started once for the module: the HTTP app as the ingress
deployment and the engine deployment, driven over HTTP by the google-genai SDK through Ray's proxy.

Two ingress replicas share one store; requests spread over both engine replicas; generate, stream (with live
progress), an edit, an uploaded file and a batch work through the ingress; a full queue is a 429 with RetryInfo; a
client that hangs up stops the render on the replica; a replica killed under a render costs that request nothing
(it is sent to the other replica) and nothing in the batch queue is lost. Skipped without the `[cluster]` extra.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import json
import os
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import httpx
import pytest
from PIL import Image

ray = pytest.importorskip("ray", reason="the cluster extra (ray[serve]) is not installed")

from google import genai  # noqa: E402
from google.genai import errors, types  # noqa: E402
from ray import serve  # noqa: E402

from openbanana.cluster.app import APP_NAME, build_application  # noqa: E402
from openbanana.config import EngineChoice, Settings  # noqa: E402
from tests.cluster.engines import SLOW_SEED, RecordingEngine, events  # noqa: E402
from tests.conftest import free_port  # noqa: E402
from tests.engines.provenance import drawn_by, recorded_engine  # noqa: E402
from tests.engines.tiny_pipeline import build_tiny_pipeline  # noqa: E402
from tests.postgres import postgres_bin  # noqa: E402
from tests.sdk.test_batches_sdk import poll  # noqa: E402
from tests.sdk.test_python_sdk import MODEL, final_image  # noqa: E402

pytestmark = [pytest.mark.sdk, pytest.mark.filterwarnings("ignore::DeprecationWarning"),
              pytest.mark.filterwarnings("ignore::ResourceWarning"),
              pytest.mark.filterwarnings("ignore::FutureWarning")]
ROOT = Path(__file__).resolve().parents[2]
ENGINE_REPLICAS = 2
HAS_DIFFUSERS = importlib.util.find_spec("diffusers") is not None
OWN_NAME = "my-sdxl"  # served as gemini-3-pro-image, drawn on the diffusers engine deployment (model_engines)


class Cluster:
    def __init__(self, base_url: str, log: Path) -> None:
        self.base_url = base_url
        self.log = log
        self.sdk = genai.Client(api_key="ray-key", http_options=types.HttpOptions(base_url=base_url))

    def events(self) -> list[tuple[str, str]]:
        return events(self.log)

    def wait_for(self, event: str, count: int = 1, timeout: float = 30) -> list[str]:
        """Replicas that logged `event`, once there are `count` of them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [replica for name, replica in self.events() if name == event]
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"no {count} × {event!r} in {timeout}s: {self.events()}")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Cluster]:
    """Two ingress replicas on one store (Postgres where its binaries are installed, else SQLite in the shared data
    directory) and two engine replicas; with the diffusers extra, OWN_NAME on an engine deployment of its own (the
    tiny random-weight pipeline, on the CPU)."""
    here = tmp_path_factory.mktemp("ray")
    database_url = request.getfixturevalue("postgres_server").new_database() if postgres_bin() else None
    log = here / "engine.log"
    # the workers import openbanana and this test package like the test process does
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])
    environment = pytest.MonkeyPatch()
    environment.setenv("PYTHONPATH", path)  # Ray's processes, started from this one, inherit it
    port = free_port()
    settings = Settings(**(two_engines(here) if HAS_DIFFUSERS else {}),
                        data_dir=here / "data", database_url=database_url, port=port, ray_ingress_replicas=2,
                        ray_engine_min_replicas=ENGINE_REPLICAS,
                        ray_engine_max_replicas=ENGINE_REPLICAS, ray_max_ongoing_requests=1,
                        ray_max_queued_requests=1, ray_engine_cpus=1,
                        # more slots than the engine takes, as with several ingress replicas: Ray's queue decides
                        max_parallel_renders=8, batch_workers=2, batch_lease_seconds=5)
    try:
        ray.init(num_cpus=6 if HAS_DIFFUSERS else 4, include_dashboard=False, log_to_driver=False, namespace=APP_NAME,
                 runtime_env={"env_vars": {"PYTHONPATH": path, "OMP_NUM_THREADS": "1"},
                              "py_executable": sys.executable})
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        recording = {EngineChoice("draft"): partial(RecordingEngine, str(log))}
        serve.run(build_application(settings, recording), name=APP_NAME, route_prefix="/")
        yield Cluster(f"http://127.0.0.1:{port}", log)
    finally:
        serve.shutdown()
        ray.shutdown()
        environment.undo()


def two_engines(here: Path) -> dict[str, object]:
    """The settings that serve OWN_NAME on the diffusers engine's `tiny` profile (a random-weight pipeline)."""
    profiles = here / "profiles.toml"
    profiles.write_text(f'[profiles.tiny]\npipeline = "{build_tiny_pipeline(here / "tiny")}"\ndevice = "cpu"\n'
                        "steps = 2\nmax_native_pixels = 1024\nmultiple = 16\n")
    return {"served_models": f"{OWN_NAME}=gemini-3-pro-image", "model_engines": f"{OWN_NAME}=diffusers:tiny",
            "profiles_file": profiles}


def generate(cluster: Cluster, prompt: str, seed: int | None = None) -> types.GenerateContentResponse:
    return cluster.sdk.models.generate_content(model=MODEL, contents=prompt,
                                               config=types.GenerateContentConfig(seed=seed))


def generate_retrying(cluster: Cluster, prompt: str, tries: int = 10) -> types.GenerateContentResponse:
    """As a client does with a 429: wait the RetryInfo's delay (one second here) and send it again."""
    for _ in range(tries - 1):
        try:
            return generate(cluster, prompt)
        except errors.APIError as exc:
            if exc.code != 429:
                raise
            time.sleep(1)
    return generate(cluster, prompt)


def replicas_serving(cluster: Cluster, within_s: float = 90.0) -> set[str]:
    """The replicas that rendered generations sent two at a time, round after round until every replica has served
    or `within_s` seconds have passed. Each replica takes one at a time, so two at once go to two replicas — unless,
    on a loaded machine, one finishes before the other is routed, or Serve's routers have not yet learnt of a
    replaced replica (they learn by long poll; meanwhile a 429 is retried)."""
    before, serving, deadline = len(cluster.events()), set[str](), time.monotonic() + within_s
    with ThreadPoolExecutor(ENGINE_REPLICAS) as pool:
        for round_ in itertools.count():
            prompts = [f"a lighthouse, number {round_ * ENGINE_REPLICAS + i}" for i in range(ENGINE_REPLICAS)]
            answers = list(pool.map(lambda prompt: generate_retrying(cluster, prompt), prompts))
            assert all(final_image(answer).size == (1024, 1024) for answer in answers)
            serving = {replica for event, replica in cluster.events()[before:] if event == "done"}
            if len(serving) == ENGINE_REPLICAS or time.monotonic() > deadline:
                return serving
            time.sleep(0.5)
    raise AssertionError("unreachable")


def test_requests_spread_over_both_engine_replicas(cluster: Cluster) -> None:
    assert len(replicas_serving(cluster)) == ENGINE_REPLICAS


def test_stream_carries_the_replicas_progress(cluster: Cluster) -> None:
    config = types.GenerateContentConfig(seed=SLOW_SEED, thinking_config=types.ThinkingConfig(include_thoughts=True))
    chunks = list(cluster.sdk.models.generate_content_stream(model=MODEL, contents="a fox in snow", config=config))
    notes = [part.text for chunk in chunks for part in chunk.parts or [] if part.thought and part.text]
    assert any("%" in note for note in notes), notes  # "Rendering… 40% (denoising 24/60)" came from the replica
    images = [part for chunk in chunks for part in chunk.parts or [] if part.inline_data and not part.thought]
    assert len(images) == 1


def test_an_edit_and_an_uploaded_file(cluster: Cluster) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (320, 240), (30, 120, 200)).save(photo, "PNG")
    edit = cluster.sdk.models.generate_content(model=MODEL, contents=[
        types.Part.from_bytes(data=photo.getvalue(), mime_type="image/png"), "add a yellow sun"])
    assert final_image(edit).size[0] > 0
    uploaded = cluster.sdk.files.upload(file=io.BytesIO(photo.getvalue()),
                                        config=types.UploadFileConfig(mime_type="image/png"))
    assert uploaded.uri and uploaded.mime_type == "image/png"
    answer = cluster.sdk.models.generate_content(model=MODEL, contents=[
        types.Part.from_uri(file_uri=uploaded.uri, mime_type="image/png"), "make it a night sky"])
    assert final_image(answer).size[0] > 0


def test_both_ingress_replicas_serve_one_users_files(cluster: Cluster) -> None:
    """Uploaded through one ingress replica, listed and read through whichever Ray's proxy picks: one store."""
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo, "PNG")
    uploaded = cluster.sdk.files.upload(file=io.BytesIO(photo.getvalue()),
                                        config=types.UploadFileConfig(mime_type="image/png"))
    assert uploaded.name
    for _ in range(8):  # the proxy spreads these over both ingress replicas
        assert cluster.sdk.files.get(name=uploaded.name).size_bytes == len(photo.getvalue())


def test_a_full_queue_is_429_with_retry_info(cluster: Cluster) -> None:
    """The two engine replicas render one each and each ingress replica queues one more: of eight slow requests at
    once, some are refused, each in Google's envelope with RetryInfo."""
    def attempt(i: int) -> int:
        try:
            generate(cluster, f"a slow owl {i}", seed=SLOW_SEED)
        except errors.APIError as exc:
            assert exc.code == 429 and exc.status == "RESOURCE_EXHAUSTED", exc
            assert "google.rpc.RetryInfo" in str(exc.details), exc.details
            return 429
        return 200

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(attempt, range(8)))
    assert codes.count(200) >= ENGINE_REPLICAS and 429 in codes, codes


def test_a_client_that_hangs_up_stops_the_render_on_its_replica(cluster: Cluster) -> None:
    before = len(cluster.events())
    body = {"contents": [{"parts": [{"text": "a slow heron"}]}], "generationConfig": {"seed": SLOW_SEED}}
    url = f"{cluster.base_url}/v1beta/models/{MODEL}:streamGenerateContent?alt=sse"
    with httpx.Client(timeout=30) as client, client.stream("POST", url, json=body,
                                                           headers={"x-goog-api-key": "k"}) as answer:
        assert answer.status_code == 200
        cluster.wait_for("start-slow", count=1 + sum(e == "start-slow" for e, _ in cluster.events()[:before]))
    # the connection is closed: Ray's proxy cancels the ingress call, the scheduler sets the cancel event, the
    # remote engine cancels the replica's call, and the engine stops at its next step
    deadline = time.monotonic() + 10
    while not any(event == "cancelled" for event, _ in cluster.events()[before:]):
        assert time.monotonic() < deadline, cluster.events()[before:]
        time.sleep(0.05)
    assert not any(event == "done" for event, _ in cluster.events()[before:])


def kill_the_replica_rendering(cluster: Cluster, started_before: int) -> str:
    replica = cluster.wait_for("start-slow", count=started_before + 1)[-1]
    ray.kill(ray.get_actor(replica, namespace="serve"), no_restart=True)
    return replica


def test_killing_an_engine_replica_mid_render_loses_nothing(cluster: Cluster) -> None:
    """The killed replica's render is sent to the other replica; requests beside it succeed; Serve replaces the
    replica."""
    slow_started = sum(event == "start-slow" for event, _ in cluster.events())
    with ThreadPoolExecutor(2) as pool:
        victim = pool.submit(generate, cluster, "a slow crane", SLOW_SEED)
        killed = kill_the_replica_rendering(cluster, slow_started)
        # one replica is left, taking one render and queueing one: the others go one at a time beside the victim
        others = pool.submit(lambda: [generate(cluster, f"a quick wren {i}") for i in range(2)])
        assert final_image(victim.result(timeout=60)).size == (1024, 1024)
        assert all(final_image(other).size == (1024, 1024) for other in others.result(timeout=60))
    restarted = [replica for event, replica in cluster.events() if event == "start-slow"][slow_started:]
    assert restarted[0] == killed and restarted[-1] != killed, restarted


def test_killing_an_engine_replica_under_a_batch_loses_nothing(cluster: Cluster) -> None:
    slow_started = sum(event == "start-slow" for event, _ in cluster.events())
    requests: list[types.InlinedRequestDict] = [
        {"contents": "a slow stork", "config": {"seed": SLOW_SEED}, "metadata": {"key": "slow"}},
        *({"contents": f"a batch sparrow {i}", "metadata": {"key": f"quick-{i}"}} for i in range(3)),
    ]
    job = cluster.sdk.batches.create(model=MODEL, src=requests)
    assert job.name
    kill_the_replica_rendering(cluster, slow_started)
    done = poll(cluster.sdk, job.name, timeout=120)
    assert done.state == types.JobState.JOB_STATE_SUCCEEDED
    assert done.dest is not None and done.dest.inlined_responses is not None
    answers = {str((item.metadata or {})["key"]): item for item in done.dest.inlined_responses}
    assert sorted(answers) == ["quick-0", "quick-1", "quick-2", "slow"]
    for item in answers.values():
        assert item.error is None and item.response is not None
        assert final_image(item.response).size == (1024, 1024)


def test_serve_replaces_the_killed_replicas(cluster: Cluster) -> None:
    """After the kills above, Serve brings the engine back to two healthy replicas, and both serve again."""
    killed = {replica for event, replica in cluster.events() if event == "start-slow"}
    deadline = time.monotonic() + 60
    while True:
        status = serve.status().applications[APP_NAME]
        if status.status == "RUNNING" and all(d.status == "HEALTHY" for d in status.deployments.values()):
            break
        assert time.monotonic() < deadline, status
        time.sleep(0.5)
    serving = replicas_serving(cluster)
    assert len(serving) == ENGINE_REPLICAS and serving - killed, (serving, killed)


@pytest.mark.skipif(not HAS_DIFFUSERS, reason="needs the diffusers extra for a second engine")
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword")
def test_each_name_renders_on_its_own_engine_deployment(cluster: Cluster) -> None:
    """model_engines on Ray: Google's id on engine-draft, OWN_NAME on engine-diffusers-tiny; each image's XMP and
    its record name the engine that drew it; /healthz and /readyz name both engines."""
    deployments = serve.status().applications[APP_NAME].deployments
    assert {"engine-draft", "engine-diffusers-tiny"} <= set(deployments), deployments
    config = types.GenerateContentConfig(seed=3, image_config=types.ImageConfig(aspect_ratio="16:9"))
    drawn = {}
    for model in (MODEL, OWN_NAME):
        answer = cluster.sdk.models.generate_content(model=model, contents="a red cat", config=config)
        (data,) = [part.inline_data.data for part in answer.parts or [] if part.inline_data and not part.thought]
        drawn[model] = (*drawn_by(data or b""), recorded_engine(cluster.base_url, data or b""))
    assert drawn == {MODEL: ("draft", (1376, 768), "draft"), OWN_NAME: ("diffusers", (1376, 768), "diffusers:tiny")}
    with urllib.request.urlopen(f"{cluster.base_url}/healthz", timeout=10) as answer:
        assert json.load(answer)["engines"] == ["draft", "diffusers:tiny"]
    with urllib.request.urlopen(f"{cluster.base_url}/readyz", timeout=10) as answer:
        checks = json.load(answer)["checks"]
    assert checks["engine"] == "loaded" and checks["engine diffusers:tiny"] == "loaded", checks
