"""A participant's code stands whole in a wrapped line: the consent form's heading on a narrow window
broke "BSR-FG01-P01" at a hyphen ("موافقة BSR-" on one line, "FG01-P01" on the next)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.device_name import unbroken
from tests.consent_helpers import focus_group, template_texts

CODE = "BSR-FG01-P01"


def _lines(text: str, width: int, font: QFont) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` wrapped at ``width`` pixels, as a label wraps it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    return lines


def _split(text: str, code: str, width: int, font: QFont) -> bool:
    start = text.index(code[:3])
    end = start + len(code)
    return not any(a <= start and end <= b for a, b in _lines(text, width, font))


@pytest.mark.parametrize("words", ["موافقة %1", "ڕەزامەندیی %1", "Consent of %1"])
def test_a_code_is_not_broken_at_its_hyphens(qapp: QApplication, words: str) -> None:
    font = QFont()
    plain, kept = words.replace("%1", CODE), words.replace("%1", unbroken(CODE))
    widths = range(20, 400, 4)
    assert any(_split(plain, CODE, w, font) for w in widths)  # where a label broke it
    assert not any(_split(kept, unbroken(CODE), w, font) for w in widths)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_consent_forms_heading_keeps_the_code_whole(lang: str, ctx: AppContext, store: Store, qtbot: QtBot,
                                                        manager: LanguageManager) -> None:
    manager.set_language(lang)
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 1, language=lang)
    dialog = ConsentDialog(ctx, group.participants[0], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    code = group.codes[0]
    heading = dialog.header.text()
    assert unbroken(code) in heading and code not in heading, heading
    narrow = 60  # narrower than the heading: it wraps, never inside the code
    assert len(_lines(heading, narrow, dialog.header.font())) > 1
    assert not _split(heading, unbroken(code), narrow, dialog.header.font())


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_withdrawal_dialog_keeps_the_code_whole(lang: str, qtbot: QtBot, manager: LanguageManager) -> None:
    """What a withdrawal destroys names the participant's code; in Kurdish it wrapped as "BSR-FG01-" / "P01"."""
    manager.set_language(lang)
    dialog = WithdrawDialog(CODE)
    qtbot.addWidget(dialog)
    for scope in (dialog.scope_all, dialog.scope_quotes):
        scope.setChecked(True)
        for label in (dialog.explain, dialog.consequence):
            text = label.text()
            assert unbroken(CODE) in text and CODE not in text, text
            assert not any(_split(text, unbroken(CODE), width, label.font()) for width in range(80, 400, 8))
