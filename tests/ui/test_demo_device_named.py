"""The demo database's laptop is named in the language the demo was made in.

Its name is data (kept in the database, shown in the status bar, sent in bundles), so an Arabic or
Kurdish user's first look at the demo showed "demo laptop" in English in an otherwise translated
status bar."""

from __future__ import annotations

import pytest

from desktop.core.models import Device
from desktop.ui.demo_store import create_demo_store
from desktop.ui.qt_i18n import LanguageManager

NAMES = {"ar": "حاسوب تجريبي", "ckb": "لاپتۆپی تاقیکاری", "en": "demo laptop"}


@pytest.mark.parametrize("lang", sorted(NAMES))
def test_the_demo_laptop_is_named_in_the_language_of_the_demo(lang: str, manager: LanguageManager) -> None:
    manager.set_language(lang)
    store = create_demo_store()
    with store.session() as s:
        device = s.get(Device, store.device_id)
        assert device is not None
        assert device.name == NAMES[lang]
