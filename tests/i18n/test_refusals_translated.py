"""Every refusal reason of desktop.sync.errors is in the one catalogue, in Arabic and in Kurdish:
a new error class whose message is not marked (or not translated) fails here, not on a screen."""

from __future__ import annotations

import pytest

from desktop.i18n.catalogue import translate
from desktop.sync.errors import ALL_ERRORS, MESSAGE_CONTEXT


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_refusal_reason_is_translated(lang: str) -> None:
    missing = [cls.__name__ for cls in ALL_ERRORS
               if translate(lang, MESSAGE_CONTEXT, cls.default_message) == cls.default_message]
    assert not missing, f"not in the {lang} catalogue: {missing}"
