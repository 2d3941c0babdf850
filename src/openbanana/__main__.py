"""`python -m openbanana` is the `openbanana` command."""

from openbanana.cli.main import main

raise SystemExit(main())
