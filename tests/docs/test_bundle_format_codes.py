"""docs/bundle-format.md lists the refusal codes exactly as desktop/sync/errors*.py define them.

The codes are a contract: the Sync page and majlis-cli translate by code, and a coordinator reads them
in the doc. A refusal class added without its row in §8, or a row left for a code that is gone, fails
here; so does a code the prose names in passing ("refused (`seq_clash`)") that no class has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from desktop.core.models import Base
from desktop.sync import errors

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
SECTION = "\n## 8. Refusal codes\n"


def _classes(cls: type[errors.BundleError]) -> Iterator[type[errors.BundleError]]:
    yield cls
    for sub in cls.__subclasses__():
        yield from _classes(sub)


def defined_codes() -> set[str]:
    """Every code a refusal class has: walked from BundleError, so a class left out of ALL_ERRORS counts."""
    return {cls.code for cls in _classes(errors.BundleError)}


def listed_codes(text: str) -> set[str]:
    """The codes in the first column of §8's table (none when the doc has no §8)."""
    if SECTION not in text:
        return set()
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return {code for line in section.splitlines() if line.startswith("| `")
            for code in re.findall(r"`([a-z_]+)`", line.split(" | ", 1)[0])}


def prose_codes(text: str) -> set[str]:
    """What the sections before §8 name as a code: `a_code` in brackets ("refused (`seq_clash`)"), and
    §4's "(codes `a`, `b`, …)". A table's name in brackets (an entity: `evidence_link`) is no code."""
    prose = text.split(SECTION, 1)[0]
    named = set(re.findall(r"\(`([a-z]+(?:_[a-z]+)+)`", prose))
    for codes in re.findall(r"\(codes ([^)]*)\)", prose):
        named |= set(re.findall(r"`([a-z_]+)`", codes))
    return named - set(Base.metadata.tables)


def test_section_8_lists_every_refusal_code_and_no_other() -> None:
    listed, defined = listed_codes(DOC.read_text(encoding="utf-8")), defined_codes()
    assert not defined - listed, f"refusal codes missing from docs/bundle-format.md §8: {sorted(defined - listed)}"
    assert not listed - defined, f"docs/bundle-format.md §8 lists codes no class has: {sorted(listed - defined)}"


def test_the_prose_names_only_codes_that_exist() -> None:
    named = prose_codes(DOC.read_text(encoding="utf-8"))
    assert len(named) > 20  # the check reads the prose's codes, not nothing
    assert not named - defined_codes(), f"docs/bundle-format.md names codes no class has: {sorted(named - defined_codes())}"
