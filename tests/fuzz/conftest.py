"""Gives each schemathesis-generated test its own node id, so that parallel workers run every one of them.

schemathesis names each operation's test `test_api[METHOD path]` but leaves every one of them the node id
`…::test_api`; pytest-xdist matches the workers' collections by node id, so the 34 tests collapsed into one and
`test_enough_cases_were_generated` saw a single operation exercised.
"""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if getattr(item, "operation_label", None) and item.parent is not None and item.nodeid != (
                unique := f"{item.parent.nodeid}::{item.name}"):
            item._id = item.parent.id.child(item.name)  # no public setter: pytest builds it the same way
            assert item.nodeid == unique, (item.nodeid, unique)
