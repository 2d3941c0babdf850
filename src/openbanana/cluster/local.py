"""`openbanana serve --ray`: join the Ray cluster at `ray_address` (or start one on this machine), deploy the
application, and serve until interrupted."""

from __future__ import annotations

import logging
import threading

import ray
from ray import serve

from openbanana.api.app import build_state
from openbanana.cluster.app import APP_NAME, build_application
from openbanana.config import Settings
from openbanana.engines.diffusers.profiles import resolve_profile
from openbanana.engines.draft.engine import DraftEngine

log = logging.getLogger("openbanana.cluster")


def check_settings(settings: Settings) -> None:
    """What a single-process start would refuse (no keys beyond loopback, a bad setting, an unknown profile of any
    engine) is refused here, once, before any replica starts; the store is created or upgraded here too, so
    replicas never race on it."""
    for choice in settings.engines():  # an unknown profile, named here before the replicas fail on it
        if choice.engine == "diffusers":
            resolve_profile(choice.profile, settings.image_engine.profiles_file)
    stand_ins = {choice: DraftEngine() for choice in settings.engines()}  # weights load on the replicas only
    build_state(settings, engines=stand_ins).close()


def serve_on_ray(settings: Settings, stop: threading.Event | None = None) -> None:
    """Deploy and block until `stop` is set or Ctrl-C; the HTTP proxy listens on the server's host and port."""
    check_settings(settings)
    ray.init(address=settings.cluster.address or None, namespace=APP_NAME, log_to_driver=False)
    try:
        serve.start(http_options={"host": settings.server.host, "port": settings.server.port})
        serve.run(build_application(settings), name=APP_NAME, route_prefix="/")
        log.info("serving on Ray at http://%s:%s", settings.server.host, settings.server.port)
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        pass
    finally:
        serve.delete(APP_NAME)
        ray.shutdown()
