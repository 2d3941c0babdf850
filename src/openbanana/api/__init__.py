"""The HTTP edge: routes, auth, body parsing, error envelopes, SSE framing. No business rules."""
