"""typed_text: a form's typed text as plain text, what the unsaved-text dialog offers to copy."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.typed_text import typed_text


def form(qtbot: QtBot) -> tuple[QWidget, dict[str, QWidget]]:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QFormLayout(root)
    title, secret, empty, notes = QLineEdit(), QLineEdit(), QLineEdit(), QPlainTextEdit()
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    turns = QTableWidget(3, 2)
    turns.setHorizontalHeaderLabels(["المتحدّث", "النصّ"])
    for row, (who, said) in enumerate([("BSR-FG01-P01", "نريد ماءً نظيفاً"), ("", ""), ("الميسّر", "شكراً")]):
        turns.setItem(row, 0, QTableWidgetItem(who))
        turns.setItem(row, 1, QTableWidgetItem(said))
    for name, widget in (("&Title", title), ("Passphrase", secret), ("Venue", empty), ("Notes", notes)):
        label = QLabel(name)
        label.setBuddy(widget)
        layout.addRow(label, widget)
    layout.addRow(turns)
    return root, {"title": title, "secret": secret, "notes": notes, "turns": turns}


def test_fields_under_their_names_in_tab_order_tables_row_by_row(qtbot: QtBot) -> None:
    root, w = form(qtbot)
    w["title"].setText("جلسة المياه")  # type: ignore[attr-defined]
    w["notes"].setPlainText("سطر أول\nسطر ثانٍ")  # type: ignore[attr-defined]
    assert typed_text(root) == (
        "Title\nجلسة المياه\n\n"
        "Notes\nسطر أول\nسطر ثانٍ\n\n"
        "المتحدّث\tالنصّ\nBSR-FG01-P01\tنريد ماءً نظيفاً\nالميسّر\tشكراً"
    )


def test_a_passphrase_field_is_never_part_of_it(qtbot: QtBot) -> None:
    root, w = form(qtbot)
    w["secret"].setText("correct horse")  # type: ignore[attr-defined]
    assert "correct horse" not in typed_text(root)


def test_tab_order_decides_the_order(qtbot: QtBot) -> None:
    root, w = form(qtbot)
    w["title"].setText("أولاً")  # type: ignore[attr-defined]
    w["notes"].setPlainText("ثانياً")  # type: ignore[attr-defined]
    QWidget.setTabOrder(w["notes"], w["title"])
    QWidget.setTabOrder(w["title"], w["secret"])
    text = typed_text(root)
    assert text.index("ثانياً") < text.index("أولاً")
