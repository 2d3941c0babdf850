"""openbanana: a self-hosted server that speaks Google's Nano Banana Pro image API."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("openbanana")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
