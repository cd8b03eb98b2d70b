"""ConsentDialog through its real widgets: every method, the empty pad, the witness, the scan, read-aloud."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Participant
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.consent.signature_pad import SignaturePad
from desktop.ui.context import AppContext
from tests.consent_helpers import FocusGroup, focus_group, template_texts


@pytest.fixture
def user_name() -> str:
    return "Facilitator F1"


@pytest.fixture
def fg(store: Store) -> FocusGroup:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 4, language="ckb")
    with store.transaction() as s:
        s.get(Participant, group.participants[1]).language = "ar"
    return group


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def answer_all(dlg: ConsentDialog, qtbot: QtBot, **no: bool) -> None:
    for row in dlg.clause_rows:
        button = row.no if no.get(row.clause_key) is False else row.yes
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(dlg: ConsentDialog, method: str, qtbot: QtBot) -> None:
    button = dlg.findChild(QRadioButton, f"method_{method}")
    assert button is not None
    # click on the indicator: a radio button reacts only there and on its text, not on empty space
    rtl = button.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = button.width() - 8 if rtl else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))
    assert dlg.method() == method


def draw(pad: SignaturePad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, 80))
    for x in range(40, 300, 15):
        QTest.mouseMove(pad, QPoint(x, 60 + (x // 15 % 3) * 15))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 70))


def records(store: Store) -> list[ConsentRecord]:
    with store.session() as s:
        return list(s.scalars(select(ConsentRecord).order_by(ConsentRecord.recorded_at)))


def make_dialog(ctx: AppContext, qtbot: QtBot, pid: str, sid: str) -> ConsentDialog:
    dlg = ConsentDialog(ctx, pid, sid, full_screen=False)
    qtbot.addWidget(dlg)
    dlg.resize(1200, 900)
    dlg.show()
    return dlg


def test_on_screen_refuses_empty_pad_then_saves_drawn_signature(ctx: AppContext, fg: FocusGroup,
                                                                  qtbot: QtBot, tmp_path: Path) -> None:
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    assert dlg.lang == "ckb"  # the participant's language
    assert dlg.title_label.text() == template_texts()["ckb"].title
    assert dlg.form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "واتای واژۆ" in dlg.findChild(QLabel, "signature_meaning").text()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.error.text() == "Every clause needs a Yes or a No."
    answer_all(dlg, qtbot, photo=False)
    choose(dlg, "on_screen", qtbot)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert "signature pad is empty" in dlg.error.text()
    assert records(ctx.store) == [] and dlg.result() == 0
    draw(dlg.pad)
    assert not dlg.pad.is_empty()
    QApplication.processEvents()
    dlg.grab().save(str(tmp_path / "consent_dialog_ckb.png"))
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == 1
    (rec,) = records(ctx.store)
    assert rec.method == "on_screen" and rec.facilitator == "Facilitator F1"
    assert rec.answers["photo"] is False and rec.answers["participate"] is True
    assert rec.signature_png is not None
    image = QImage.fromData(rec.signature_png)
    assert not image.isNull()
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if QColor(image.pixel(x, y)).lightness() < 128)
    assert dark > 20  # the strokes are in the PNG


def test_clear_button_empties_the_pad(ctx: AppContext, fg: FocusGroup, qtbot: QtBot) -> None:
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    choose(dlg, "on_screen", qtbot)
    draw(dlg.pad)
    qtbot.mouseClick(dlg.clear_button, Qt.MouseButton.LeftButton)
    assert dlg.pad.is_empty() and dlg.pad.to_png() == b""


@pytest.mark.parametrize("method", ["verbal_witness", "thumbprint_witness"])
def test_witness_required(ctx: AppContext, fg: FocusGroup, qtbot: QtBot, method: str, tmp_path: Path) -> None:
    dlg = make_dialog(ctx, qtbot, fg.participants[1], fg.session_id)
    assert dlg.lang == "ar"
    answer_all(dlg, qtbot)
    choose(dlg, method, qtbot)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.error.text() == "Name the impartial witness."
    assert records(ctx.store) == []
    witness = dlg.findChild(QLineEdit, "witness")
    assert witness is not None and witness.isVisible()
    type_text(witness, "شاهدة محايدة")
    QApplication.processEvents()
    dlg.grab().save(str(tmp_path / f"consent_dialog_{method}_ar.png"))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    (rec,) = records(ctx.store)
    assert rec.method == method and rec.witness == "شاهدة محايدة" and rec.signature_png is None


def test_paper_without_and_with_scan(ctx: AppContext, fg: FocusGroup, qtbot: QtBot, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dlg = make_dialog(ctx, qtbot, fg.participants[2], fg.session_id)
    answer_all(dlg, qtbot)
    choose(dlg, "paper", qtbot)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == 1

    scan = tmp_path / "scan.png"
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), "")))
    dlg2 = make_dialog(ctx, qtbot, fg.participants[3], fg.session_id)
    answer_all(dlg2, qtbot, quote=False)
    choose(dlg2, "paper", qtbot)
    qtbot.mouseClick(dlg2.findChild(QPushButton, "attach_scan"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg2.scan_status.text() == "Scan attached.", timeout=20_000)  # read on the worker
    qtbot.mouseClick(dlg2.save_button, Qt.MouseButton.LeftButton)
    first, second = records(ctx.store)
    assert first.method == "paper" and first.paper_scan is None
    assert second.paper_scan is not None and not QImage.fromData(second.paper_scan).isNull()
    assert second.answers["quote"] is False
    with ctx.store.session() as s:
        assert consent.consent_problems(s, fg.session_id) == [(fg.codes[0], "missing"), (fg.codes[1], "missing")]


def test_refusal_is_recorded_and_blocks(ctx: AppContext, fg: FocusGroup, qtbot: QtBot) -> None:
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    answer_all(dlg, qtbot, participate=False)
    choose(dlg, "paper", qtbot)
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    with ctx.store.session() as s:
        assert (fg.codes[0], "refused") in consent.consent_problems(s, fg.session_id)


def test_read_aloud_and_text_size(ctx: AppContext, fg: FocusGroup, qtbot: QtBot, tmp_path: Path) -> None:
    dlg = make_dialog(ctx, qtbot, fg.participants[1], fg.session_id)
    before = dlg.title_label.font().pointSizeF()
    dlg.size_slider.setValue(32)
    assert dlg.title_label.font().pointSizeF() > before
    qtbot.mouseClick(dlg.read_aloud_button, Qt.MouseButton.LeftButton)
    view = dlg.read_aloud
    assert dlg.views.currentWidget() is view
    assert view.counter.text() == "البند 1 من 6"
    assert view.text.font().pointSizeF() >= 50
    for _ in range(len(dlg.clause_rows)):
        qtbot.mouseClick(view.yes, Qt.MouseButton.LeftButton)
        if view.next.isEnabled():
            qtbot.mouseClick(view.next, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    dlg.grab().save(str(tmp_path / "consent_read_aloud_ar.png"))
    assert dlg.answers() == {r.clause_key: True for r in dlg.clause_rows}
    qtbot.mouseClick(view.previous, Qt.MouseButton.LeftButton)
    assert view.counter.text() == "البند 5 من 6"


def test_dialog_in_english_and_screenshots(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,
                                           store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        s.get(Participant, fg.participants[3]).language = "en"
    dlg = make_dialog(ctx, qtbot, fg.participants[3], fg.session_id)
    assert dlg.lang == "en" and dlg.form.layoutDirection() == Qt.LayoutDirection.LeftToRight
    answer_all(dlg, qtbot)
    choose(dlg, "on_screen", qtbot)
    draw(dlg.pad)
    QApplication.processEvents()
    dlg.grab().save(str(tmp_path / "consent_dialog_en.png"))


def test_opens_full_screen_by_default(ctx: AppContext, fg: FocusGroup, qtbot: QtBot) -> None:
    dlg = ConsentDialog(ctx, fg.participants[0], fg.session_id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowState() & Qt.WindowState.WindowFullScreen
    assert dlg.isFullScreen()
