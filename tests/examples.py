"""How many examples a property test tries: every one in CI, a quarter on a developer's plain pytest.

``.ci/test`` (what CI runs) sets ``HYPOTHESIS_PROFILE=ci``; conftest loads that profile, or "dev"
without it. A test with its own count (its examples are expensive: each imports bundles into fresh
databases) writes ``settings(max_examples=examples(N))`` with the CI count N, so that the default
run stays quick while CI still searches as widely as before.
"""

from __future__ import annotations

import os

CI = os.environ.get("HYPOTHESIS_PROFILE", "dev") == "ci"


def examples(ci_count: int) -> int:
    return ci_count if CI else max(3, ci_count // 4)
