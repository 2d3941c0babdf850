"""Durable state: SQLite metadata (WAL, migrations) and content-addressed blobs on disk. Knows no HTTP or wire JSON."""
