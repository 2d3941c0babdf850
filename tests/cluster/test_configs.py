"""The shipped Ray Serve configs (deploy/ray/serve.yaml, deploy/kuberay/rayservice.yaml) name the real builder and
only real settings, and the builder turns the cluster settings into Serve's deployment options."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from openbanana.config import Settings

ROOT = Path(__file__).resolve().parents[2]
needs_ray = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="the cluster extra is not installed")


def applications() -> dict[str, list[dict[str, Any]]]:
    serve_run = yaml.safe_load((ROOT / "deploy/ray/serve.yaml").read_text())
    rayservice = yaml.safe_load((ROOT / "deploy/kuberay/rayservice.yaml").read_text())
    kuberay = yaml.safe_load(rayservice["spec"]["serveConfigV2"])
    return {"serve.yaml": serve_run["applications"], "rayservice.yaml": kuberay["applications"]}


@pytest.mark.parametrize("config", ["serve.yaml", "rayservice.yaml"])
def test_shipped_configs_name_the_builder_and_real_settings(config: str) -> None:
    (app,) = applications()[config]
    assert app["import_path"] == "openbanana.cluster.app:build" and app["route_prefix"] == "/"
    settings = Settings(**app["args"])  # a typo would be a validation error naming it
    assert settings.cluster.engine_max_replicas > settings.cluster.engine_min_replicas  # autoscaled


def test_the_kuberay_manifest_gives_each_engine_replica_a_gpu_worker() -> None:
    rayservice = yaml.safe_load((ROOT / "deploy/kuberay/rayservice.yaml").read_text())
    groups = {group["groupName"]: group for group in rayservice["spec"]["rayClusterConfig"]["workerGroupSpecs"]}
    gpu = groups["gpu"]["template"]["spec"]["containers"][0]["resources"]["limits"]["nvidia.com/gpu"]
    args = applications()["rayservice.yaml"][0]["args"]
    assert gpu == args["ray_engine_gpus"] == 1
    assert groups["gpu"]["maxReplicas"] >= args["ray_engine_max_replicas"]


@needs_ray
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_gpus_per_engine_replica_follow_the_profile() -> None:
    from openbanana.cluster.app import engine_gpus
    from openbanana.config import EngineChoice

    assert engine_gpus(Settings(), EngineChoice("draft")) == 0
    assert engine_gpus(Settings(), EngineChoice("diffusers", "z-image-turbo")) == 1  # device auto: a GPU
    assert engine_gpus(Settings(), EngineChoice("diffusers", "sd-turbo")) == 0  # a CPU preset
    assert engine_gpus(Settings(ray_engine_gpus=0.5), EngineChoice("diffusers", "sd-turbo")) == 0.5
    assert engine_gpus(Settings(ray_engine_gpus=0.5), EngineChoice("draft")) == 0  # the draft engine draws on CPUs


@needs_ray
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_builder_sets_replicas_queues_and_autoscaling() -> None:
    from openbanana.cluster.app import build_application

    app = build_application(Settings(ray_ingress_replicas=3, ray_engine_min_replicas=1, ray_engine_max_replicas=4,
                                     ray_max_ongoing_requests=2, ray_max_queued_requests=5))
    ingress = app._bound_deployment
    (engines,) = [arg for arg in ingress.init_args if isinstance(arg, dict) and "draft" in arg]
    engine = engines["draft"]._bound_deployment
    assert (ingress.name, ingress.num_replicas) == ("openbanana-http", 3)
    assert engine.name == "engine-draft"
    assert (engine.max_ongoing_requests, engine.max_queued_requests) == (2, 5)
    scaling = engine._deployment_config.autoscaling_config
    assert (scaling.min_replicas, scaling.max_replicas, scaling.target_ongoing_requests) == (1, 4, 1.0)
    assert engine.ray_actor_options["num_gpus"] == 0
    assert ingress._deployment_config.graceful_shutdown_timeout_s == 30  # shutdown_timeout_seconds


@needs_ray
def test_serve_ray_refuses_an_unknown_profile_of_a_names_engine_before_starting_ray(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "serve", "--ray", "--data-dir", str(tmp_path), "--model",
         "mine=gemini-3-pro-image", "--model-engine", "mine=diffusers:no-such-profile"],
        capture_output=True, text=True, timeout=60,
    )
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 2 and len(lines) == 1 and "unknown profile 'no-such-profile'" in lines[0], lines


def test_serve_ray_refuses_what_a_single_process_refuses_before_starting_ray(tmp_path: Path) -> None:
    """No keys beyond loopback: one line and status 2, before any Ray process (or, without the extra, a line
    saying which extra to install)."""
    result = subprocess.run(
        [sys.executable, "-m", "openbanana", "serve", "--ray", "--host", "0.0.0.0", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert result.returncode == 2 and "Traceback" not in result.stderr, lines
    expected = "refusing to serve on 0.0.0.0" if importlib.util.find_spec("ray") else "needs the cluster extra"
    assert len(lines) == 1 and expected in lines[0], lines


@needs_ray
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_each_engine_is_a_deployment_of_its_own() -> None:
    """model_engines: one engine deployment per distinct engine (names sharing one share it), each with the GPUs its
    profile asks for, all bound to the ingress by label."""
    from openbanana.cluster.app import build_application

    app = build_application(Settings(served_models="mine=gemini-3-pro-image,also=gemini-3-pro-image",
                                     model_engines="mine=diffusers:z-image-turbo,also=diffusers:z-image-turbo,"
                                                   "gemini-3-pro-image=diffusers:sd-turbo"))
    (engines,) = [arg for arg in app._bound_deployment.init_args if isinstance(arg, dict) and "draft" in arg]
    deployments = {label: bound._bound_deployment for label, bound in engines.items()}
    assert {label: d.name for label, d in deployments.items()} == {
        "draft": "engine-draft", "diffusers:z-image-turbo": "engine-diffusers-z-image-turbo",
        "diffusers:sd-turbo": "engine-diffusers-sd-turbo"}
    assert {label: d.ray_actor_options["num_gpus"] for label, d in deployments.items()} == {
        "draft": 0, "diffusers:z-image-turbo": 1, "diffusers:sd-turbo": 0}
