"""The consent form editor's "Text of the form" and "What the signature means" are free text as every other
text people write here (widgets/free_text.py), sized in lines as the codebook's boxes are: one text box,
``FittedTextEdit``, a ``LinesTextEdit`` that asks for its text's height.

Before, the two were a plain Qt text box: in an Arabic or Kurdish form an empty box had its caret on the
left, jumping right at the first letter, and a paste from a word processor kept its bold and colours on
screen, though only the plain text is stored.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from desktop.ui.consent.template_editor import LanguageTab
from desktop.ui.widgets.free_text import LinesTextEdit
from tests.i18n.test_i18n_screens import settle


@pytest.mark.parametrize(("lang", "side"), [("ar", Qt.LayoutDirection.RightToLeft),
                                            ("ckb", Qt.LayoutDirection.RightToLeft),
                                            ("en", Qt.LayoutDirection.LeftToRight)])
def test_the_form_texts_are_free_text(qtbot: QtBot, lang: str, side: Qt.LayoutDirection) -> None:
    tab = LanguageTab(lang, None)
    qtbot.addWidget(tab)
    tab.show()
    settle()
    for box in (tab.body, tab.meaning):
        # Empty, the caret starts on the side the form's language reads from.
        assert box.document().defaultTextOption().textDirection() == side
        paste = QMimeData()
        paste.setHtml("<b style='color:red'>bold</b> words")
        paste.setText("bold words")
        box.insertFromMimeData(paste)
        assert box.toPlainText() == "bold words"
        shown = box.toHtml()
        assert "font-weight:700" not in shown and "#ff0000" not in shown, shown  # shown as it is stored
        # With a letter, each paragraph follows its own script again.
        assert box.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LayoutDirectionAuto
        assert isinstance(box, LinesTextEdit) and box.tabChangesFocus()  # Tab goes on to the next field
