"""docs/architecture.md names where each behaviour lives, CONTRIBUTING.md where each change goes: every
path they name must be there.

A module moved or removed without its line in the doc moved too fails here. The docs write a module
under desktop/ by its layer (`core/db.py`, `ui/widgets/`), a sibling in the same line by its name
alone (`core/consent.py` (+ `consent_forms.py`)): a bare name is looked for in the folder of the path
named before it on that line; a function by its module (`ui/widgets/screen_fit.fit_resize`). A path
with a placeholder (`desktop/ui/<page>/`) is a pattern, not a path.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
CONTRIBUTING = ROOT / "CONTRIBUTING.md"
LAYERS = ("core/", "sync/", "exports/", "i18n/", "ui/", "cli/", "resources/")
#: Paths outside desktop/ that the doc names from the top of the repository.
TOP = ("tests/", ".ci/", "docs/", "translations/", "installer/", "shipping/", "benchmarks/", "build.spec",
       "pyproject.toml", "CONTRIBUTING.md", "README.md")


def _exists(path: Path, pattern: str) -> bool:
    if "*" in pattern:
        return any(path.glob(pattern))
    if (path / pattern).exists():
        return True
    module, _, name = pattern.rpartition(".")  # `ui/widgets/screen_fit.fit_resize`: a function by its module
    source = path / f"{module}.py"
    return "/" in module and name.isidentifier() and source.is_file() and re.search(
        rf"^(?:def|class) {name}\b|^{name}\b.*=", source.read_text(encoding="utf-8"), re.MULTILINE) is not None


def missing_paths(text: str) -> list[str]:
    """The paths ``text`` (the doc) names that are not in the repository, as ``line N: path``."""
    missing: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        folder: Path | None = None  # the folder of the path last named on this line
        for token in re.findall(r"`([^`\s]+)`", line):
            name = token.removeprefix("desktop/")
            if "<" in token or "NNNN" in token:  # a pattern: `desktop/ui/<page>/`, `versions/NNNN_what.py`
                folder = None
                continue
            if name.startswith(LAYERS):
                base = ROOT / "desktop"
            elif token.startswith(TOP):
                base, name = ROOT, token
            elif folder is not None and re.fullmatch(r"[\w/]+\.py|[\w/]+/", token):
                base, name = folder, token
            else:  # a name that is not a path (`CollectionOp`), or another project's (Picard's `options.py`)
                continue
            if not _exists(base, name):
                missing.append(f"line {number}: {token}")
            folder = (base / name) if name.endswith("/") else (base / name).parent
    return missing


def test_every_path_the_architecture_names_exists() -> None:
    missing = missing_paths(DOC.read_text(encoding="utf-8"))
    assert not missing, f"docs/architecture.md names what is not there: {missing}"


def test_every_path_contributing_names_exists() -> None:
    missing = missing_paths(CONTRIBUTING.read_text(encoding="utf-8"))
    assert not missing, f"CONTRIBUTING.md names what is not there: {missing}"


def test_a_path_that_is_not_there_is_caught() -> None:
    # The check above passes vacuously if it reads no path: a moved module, a sibling named by its name
    # alone, a folder, and a path from the top must each be caught, and the doc must name many.
    text = ("| a | `core/db.py`, `core/gone.py` (+ `also_gone.py`, `db_rekey.py`) |\n"
            "| b | `ui/nowhere/` (`paged_ids.py`) and `tests/nowhere.py`, `sync/*_gone.py` |\n"
            "| c | Picard's `options.py`; `CollectionOp(ctx, op)`; `desktop/ui/<page>/` with `page.py` |\n"
            "| d | `ui/widgets/screen_fit.fit_resize`, `ui/widgets/screen_fit.gone`, `ui/widgets/gone.fit` |")
    assert missing_paths(text) == ["line 1: core/gone.py", "line 1: also_gone.py", "line 2: ui/nowhere/",
                                   "line 2: paged_ids.py", "line 2: tests/nowhere.py",
                                   "line 2: sync/*_gone.py", "line 4: ui/widgets/screen_fit.gone",
                                   "line 4: ui/widgets/gone.fit"]
    named = re.findall(r"`(?:core|sync|exports|i18n|ui|cli)/[^`]+`", DOC.read_text(encoding="utf-8"))
    assert len(named) > 100


def test_the_modules_of_the_last_sessions_are_named() -> None:
    # Sessions 35 and 36 added these; each has its sentence where it belongs.
    text = DOC.read_text(encoding="utf-8")
    for module in ("core/file_signatures.py", "core/roles.py", "core/form_publishers.py",
                   "core/withdrawal_rule.py", "core/published_forms.py", "sync/own_rows.py",
                   "sync/errors.py", "`filter_fold.py`", "core/file_kinds.py"):
        assert module in text, module
