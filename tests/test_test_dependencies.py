"""Collecting the suite needs only what `pip install -e '.[test]'` installs: CI's clean machine has nothing else.

A developer's environment often has more (the bench extra's scikit-image, say), so a test module that imports such a
package at its top passes here and fails to collect on CI. This walks every test module's import-time imports,
following the project's own packages (tests, bench, openbanana) to theirs, and checks each third-party one against
the distributions the core and test requirements bring, with their own requirements. It starts where pytest does
(test_*.py and conftest.py); imports inside functions, under `if TYPE_CHECKING:` or in a `try:` that handles
ImportError are optional and not followed.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LOCAL = {"tests": ROOT / "tests", "bench": ROOT / "bench", "openbanana": ROOT / "src" / "openbanana"}
SKIPPED_FOLDERS = {"node_modules", ".venv", "__pycache__"}


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_by(extras: set[str]) -> set[str]:
    """The distributions openbanana with these extras brings, each one's own requirements followed."""
    wanted, seen = [("openbanana", frozenset(extras))], set[str]()
    while wanted:
        name, asked = wanted.pop()
        if canonical(name) in seen:
            continue
        seen.add(canonical(name))
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for line in requirements:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(marker.evaluate({"extra": extra}) for extra in asked | {""}):
                wanted.append((requirement.name, frozenset(requirement.extras)))
    return seen


def import_time_imports(tree: ast.Module) -> Iterator[str]:
    """Absolute module names imported when the module runs, not those in functions or optional blocks."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.If) and "TYPE_CHECKING" not in ast.unparse(node.test):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try) and not any("ImportError" in ast.unparse(handler.type or ast.Pass())
                                                   or "ModuleNotFoundError" in ast.unparse(handler.type or ast.Pass())
                                                   for handler in node.handlers):
            pending += node.body + node.orelse + node.finalbody


def local_file(module: str, importer: Path) -> Path | None:
    """The project's file for a module: in tests, bench or openbanana, or a bench script imported by its bare name
    (bench's scripts import each other so, and tests that put bench on sys.path do too)."""
    top, _, rest = module.partition(".")
    if top not in LOCAL:
        script = next((folder / f"{top}.py" for folder in (importer.parent, LOCAL["bench"])
                       if (folder / f"{top}.py").is_file()), None)
        return script if not rest else None
    base = LOCAL[top].joinpath(*rest.split(".")) if rest else LOCAL[top]
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def third_party_imports(starts: list[Path]) -> dict[str, Path]:
    """Each third-party top-level module imported at import time, with one file that imports it."""
    found: dict[str, Path] = {}
    pending, done = list(starts), set[Path]()
    while pending:
        path = pending.pop()
        if path in done:
            continue
        done.add(path)
        for module in import_time_imports(ast.parse(path.read_text(encoding="utf-8"))):
            top = module.partition(".")[0]
            if top in LOCAL or local_file(top, path):
                parent = module.rpartition(".")[0]
                pending += [file for name in (module, parent) if name
                            for file in (local_file(name, path),) if file is not None]
            elif top not in sys.stdlib_module_names and top != "__future__":
                found.setdefault(top, path)
    return found


def test_the_suite_imports_only_what_the_test_extra_installs() -> None:
    tests = [path for pattern in ("test_*.py", "conftest.py") for path in (ROOT / "tests").rglob(pattern)
             if not SKIPPED_FOLDERS & set(path.parts)]
    allowed = installed_by({"test"})
    providers = metadata.packages_distributions()
    missing = {module: str(path.relative_to(ROOT)) for module, path in third_party_imports(tests).items()
               if not {canonical(name) for name in providers.get(module, [module])} & allowed}
    assert not missing, f"imported when collecting, not installed by .[test]: {missing}"


def test_the_walk_finds_an_import_outside_the_test_extra(tmp_path: Path) -> None:
    """The check itself: a module importing the bench extra's scikit-image at its top is caught; a lazy one is not."""
    eager, lazy = tmp_path / "test_eager.py", tmp_path / "test_lazy.py"
    eager.write_text("import numpy\nimport skimage\n", encoding="utf-8")
    lazy.write_text("def photo() -> None:\n    import skimage\n", encoding="utf-8")
    assert set(third_party_imports([eager])) == {"numpy", "skimage"}
    assert third_party_imports([lazy]) == {}
    assert "scikit-image" not in installed_by({"test"}) and "scikit-image" in installed_by({"bench"})
