# syntax=docker/dockerfile:1
# openbanana as a container image (docs/deploy.md).
#
#   docker build -t openbanana .                          # FLAVOUR=cpu: draft engine + CPU torch (diffusers CPU presets)
#   docker build -t openbanana:draft --build-arg FLAVOUR=draft .   # draft engine only, no torch (smallest)
#   docker build -t openbanana:cuda --build-arg FLAVOUR=cuda .     # CUDA torch + Real-ESRGAN, for NVIDIA GPUs
#   docker run -p 8000:8000 -v openbanana-data:/data -e OPENBANANA_API_KEYS=change-me openbanana
#   (podman: build with --format docker, or its default OCI format drops the HEALTHCHECK)
#
# The server refuses to listen beyond loopback without API keys: give OPENBANANA_API_KEYS (or make keys with
# `docker run … openbanana keys create NAME`, stored in the volume), or pass --insecure deliberately.
#
# Offline or behind a proxy: PIP_INDEX_URL, PIP_EXTRA_INDEX_URL, PIP_FIND_LINKS, PIP_TRUSTED_HOST and PIP_CERT
# (a CA bundle's path inside the build, e.g. mounted with a build secret or volume) are passed to pip as they are;
# TORCH_INDEX_URL is an extra index for torch: "auto" is PyTorch's CPU index for the cpu flavour and none for cuda
# (PyPI's torch is the CUDA build); "none" leaves torch to the indexes above (a CPU wheel in PIP_FIND_LINKS, say).

ARG DEBIAN_IMAGE=debian:bookworm-slim

FROM ${DEBIAN_IMAGE} AS build
ARG FLAVOUR=cpu
ARG TORCH_INDEX_URL=auto
# more extras, comma-separated (postgres and s3 are always in): EXTRAS=cluster (Ray Serve: docs/deploy.md), EXTRAS=heif
ARG EXTRAS=
ARG PIP_INDEX_URL
ARG PIP_EXTRA_INDEX_URL
ARG PIP_FIND_LINKS
ARG PIP_TRUSTED_HOST
ARG PIP_CERT
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /opt/openbanana
WORKDIR /src
COPY pyproject.toml LICENSE ./
COPY LICENSES ./LICENSES
# The dependencies first, installed with a stand-in package, so that a change to the source rebuilds only the
# layers below. cpu: torch's CPU build first, at the version pyproject.toml pins (PyPI's default build is the CUDA
# one, gigabytes of libraries a CPU never uses). cuda: PyPI's torch, which brings its CUDA libraries.
RUN set -eu; \
    case "$FLAVOUR" in \
      draft) extras="[postgres,s3]"; auto="" ;; \
      cpu) extras="[diffusers,postgres,s3]"; auto="https://download.pytorch.org/whl/cpu" ;; \
      cuda) extras="[diffusers,upscale,postgres,s3]"; auto="" ;; \
      *) echo "FLAVOUR must be draft, cpu or cuda, not '$FLAVOUR'" >&2; exit 2 ;; \
    esac; \
    list="${extras#[}"; list="${list%]}"; list="${list:+$list${EXTRAS:+,}}$EXTRAS"; extras="${list:+[$list]}"; \
    case "$TORCH_INDEX_URL" in auto) torch_index="$auto" ;; none) torch_index="" ;; *) torch_index="$TORCH_INDEX_URL" ;; esac; \
    pip=/opt/openbanana/bin/pip; \
    if [ "$FLAVOUR" != draft ]; then \
      torch=$(sed -n 's/^ *"\(torch==[^"]*\)".*/\1/p' pyproject.toml | head -n 1); \
      $pip install ${torch_index:+--extra-index-url "$torch_index"} "$torch"; \
    fi; \
    mkdir -p src/openbanana && touch src/openbanana/__init__.py README.md; \
    $pip install ".${extras}"; \
    rm -rf build src README.md; \
    echo "$FLAVOUR" > /opt/openbanana/FLAVOUR
COPY README.md ./
COPY src ./src
RUN /opt/openbanana/bin/pip install --no-deps --force-reinstall . \
 && /opt/openbanana/bin/openbanana --help > /dev/null

FROM ${DEBIAN_IMAGE}
ARG FLAVOUR=cpu
ARG EXTRAS=
# python3: the venv's interpreter. libfribidi0: Pillow's text layout (libraqm, in its wheel) loads it for
# right-to-left text; without it Arabic and Hebrew come out unjoined (the server warns at start).
# cuda: libvulkan1 and libomp5 for Real-ESRGAN (the upscale extra). cluster: wget, which KubeRay's pod probes run.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 libfribidi0 ca-certificates \
 && if [ "$FLAVOUR" = cuda ]; then apt-get install -y --no-install-recommends libvulkan1 libomp5; fi \
 && case ",$EXTRAS," in *,cluster,*) apt-get install -y --no-install-recommends wget ;; esac \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --uid 10001 --user-group --home-dir /data --no-create-home --shell /usr/sbin/nologin openbanana \
 && mkdir -p /data \
 && chown openbanana:openbanana /data
COPY --from=build /opt/openbanana /opt/openbanana
ENV PATH=/opt/openbanana/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    OPENBANANA_DATA_DIR=/data \
    OPENBANANA_PORT=8000 \
    HF_HOME=/data/hf
USER openbanana
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8000
# Liveness (the process answers, its database is in place). Readiness for a load balancer is GET /readyz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python3", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('OPENBANANA_PORT', '8000') + '/healthz', timeout=4)"]
ENTRYPOINT ["openbanana"]
CMD ["serve", "--host", "0.0.0.0"]
