"""The web playground: one static page at `/` that calls the public HTTP API like any other client."""
