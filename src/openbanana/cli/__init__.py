"""The `openbanana` command."""
