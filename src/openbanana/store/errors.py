"""What can be wrong with the database, each a clean one-line error (a ConfigError stops the server at start)."""

from __future__ import annotations

from openbanana.errors import ConfigError, UnavailableError


class SchemaVersionError(ConfigError, RuntimeError):
    """The database was written by a newer openbanana; refusing to guess at its schema."""


class DatabaseUnreadableError(ConfigError, RuntimeError):
    """The database file is damaged or not an openbanana database."""


class DatabaseUnreachableError(ConfigError, RuntimeError):
    """The database server (--database-url) cannot be reached or refused the connection."""


class DatabaseGoneError(UnavailableError):
    """The database file was deleted or replaced while the server runs: nothing written now would survive."""


class DatabaseUnavailableError(UnavailableError):
    """The database server stopped answering while the server runs (restarted, unreachable, out of connections)."""
