"""No middle dot between the items of an Arabic or Kurdish line: it reads as the zero ٠.

In Noto Naskh Arabic a middle dot (U+00B7) is drawn as the Arabic-Indic zero ٠, a small dot at
mid-height. The consent register's answers ("✓ المشاركة · ✓ التسجيل الصوتي · ✗ …") seemed to hold
zeros, the Settings page's example of the digits chosen read "١٬٢٣٤٬٥٦٧ ٠ ٥ آذار ٢٠٢٣", and a
recommendation's evidence line "المحافظات: ١٠ · المنظّمات" read "١٠ ٠". The separator is the Arabic
comma in ar and ckb (desktop.i18n.languages.item_separator, through desktop/ui/widgets/separator.py),
and no ar or ckb translation holds a middle dot."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from tests.consent_helpers import all_yes, focus_group, template_texts
from tests.i18n.test_i18n_screens import settle
from tests.i18n_support import APP_TS, read_ts

DOT = "\u00b7"


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the translations compiled from the .ts files


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_no_translation_holds_a_middle_dot(lang: str) -> None:
    dotted = [f"{m.context}: {form!r}" for m in read_ts(APP_TS[lang])[1] for form in m.forms if DOT in form]
    assert not dotted, "\n".join(dotted)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_lines_of_items_are_parted_by_a_comma(ctx: AppContext, store: Store, qtbot: QtBot, lang: str) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1)
    with store.session() as s:
        tid = consent.template_for(s, "session-consent", "ar").id
    consent.record_consent(store, group.participants[0], group.session_id, tid,
                           all_yes(tid, store, quote=False), "paper", facilitator="F1")
    ctx.language.set_language(lang)
    ctx.language.set_digits("arab")
    settle()

    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.show()
    settle()
    preview = settings.preview.text()
    assert DOT not in preview and "، " in preview and "١٬٢٣٤٬٥٦٧" in preview, preview

    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == 1, timeout=10_000)
    cells = [str(page.register.data(page.register.index(0, c))) for c in range(page.register.columnCount())]
    (answers,) = [c for c in cells if "✓" in c]
    assert DOT not in answers and answers.count("، ") == answers.count("✓") + answers.count("✗") - 1, answers
