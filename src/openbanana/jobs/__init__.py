"""Durable work: a lease/ack/retry/cancel queue over the SQLite store and an asyncio worker running a handler."""
