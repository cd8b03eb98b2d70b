"""The first-run wizard's "Join a team" shows the team and its key's fingerprint before it joins.

A team file travels on USB sticks and messaging apps, so holding one proves nothing (DESIGN.md,
"Bundles and sync"): the facilitator compares the central key's fingerprint with the one the
coordinator reads out on the phone. The Sync page's Join a team… showed it; the wizard took any file
chosen, created the database and joined, showing nothing. Now the wizard's last page reads the file,
shows the team's name and the fingerprint as the Sync page does (one shared widget), and Finish
waits until "The fingerprint matches…" is ticked. A file that cannot be used is one translated line.
The key enrolled is the one shown: a file changed after the comparison is refused at joining.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QScrollArea, QWizard
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import Team
from desktop.sync.errors import BadSignatureError, CentralKeyMismatchError
from desktop.sync.keys import public_key_b64, sign
from desktop.sync.manifest import canonical_json
from desktop.sync.team import current_team
from desktop.sync.team_file import read_team_file
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import english_left, settle
from tests.shots import shots_folder
from tests.sync_helpers import new_team_file

TEAM_NAME = "Elections law cohort"
# The team's name as a coordinator in Basra or Erbil writes it (data, not a translation).
LOCAL_NAME = {"en": TEAM_NAME, "ar": "فريق قانون الانتخابات", "ckb": "تیمی یاسای هەڵبژاردن"}


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the compiled translations, for the wizard and the Sync page's dialog alike


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    return new_team_file(tmp_path / "coordinator", TEAM_NAME)


def _wizard_at_start_page(language: LanguageManager, qtbot: QtBot, tmp_path: Path, lang: str = "en") -> FirstRunWizard:
    language.set_language(lang)
    wizard = FirstRunWizard(language, tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    type_text(wizard.device_page.name, "Basra laptop 2")
    wizard.next()
    assert wizard.currentPage() is wizard.start_page
    settle()
    return wizard


def _finish(wizard: FirstRunWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def _bad_file(kind: str, good: Path, folder: Path) -> Path:
    """Team files that must be refused, made from a real one."""
    path = folder / f"{kind}.majlis-team"
    data = good.read_bytes()
    if kind == "garbage":
        path.write_bytes(b"PK\x03\x04 not really a zip")
    elif kind == "wrong_file":
        path.write_bytes("سجل الحضور\nname,age\n".encode())
    elif kind == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "tampered":
        members = _members(good)
        members["team.json"] = members["team.json"].replace(TEAM_NAME.encode(), b"Someone else's team")
        path.write_bytes(_zip(members))
    elif kind == "newer":
        key = Ed25519PrivateKey.generate()
        body = canonical_json({
            "format": "majlis-team", "format_version": 99, "team_id": "t", "team_name": "Future",
            "recipients": [], "central_verify_key": public_key_b64(key), "payload": {}, "created": "2030-01-01T00:00:00Z",
        })
        path.write_bytes(_zip({"team.json": body, "team.sig": sign(key, body)}))
    else:
        raise AssertionError(kind)
    return path


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The wizard's closing messages (a team that could not be joined) without a modal loop."""
    said: list[str] = []

    def record(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(record))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(record))
    yield said


def test_the_wizard_shows_the_fingerprint_the_sync_page_shows(language: LanguageManager, ctx: AppContext,
                                                               qtbot: QtBot, tmp_path: Path, team_file: Path) -> None:
    wizard = _wizard_at_start_page(language, qtbot, tmp_path)
    page = wizard.start_page
    assert not page.key_view.fingerprint.isVisible()  # nothing chosen, nothing to compare
    assert page.load_team_file(team_file)
    settle()
    assert page.team_file.text() == team_file.name and page.join.isChecked()
    dialog = JoinTeamDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(team_file)
    expected = read_team_file(team_file).central_key_fingerprint
    shown = page.key_view.fingerprint
    assert shown.text() == dialog.fingerprint.text() == expected
    assert shown.isVisible() and TEAM_NAME in page.key_view.team_label.text()
    assert page.key_view.team_label.isVisible() and page.key_view.compare.isVisible()
    # The same large, monospace, left-to-right look as the Sync page's dialog.
    assert shown.font().pointSizeF() == dialog.fingerprint.font().pointSizeF() >= 14.0
    assert shown.font().styleHint() == QFont.StyleHint.Monospace
    assert shown.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_finish_waits_for_the_fingerprint_to_be_confirmed(language: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                          team_file: Path, no_message_boxes: list[str]) -> None:
    wizard = _wizard_at_start_page(language, qtbot, tmp_path)
    page = wizard.start_page
    page.join.setChecked(True)
    assert not page.isComplete() and not _finish(wizard)  # no file yet
    assert page.load_team_file(team_file)
    confirm = page.key_view.confirm
    assert isinstance(confirm, QCheckBox) and confirm.isVisible() and not confirm.isChecked()
    assert not page.isComplete() and not _finish(wizard)  # shown, not yet compared
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton, pos=confirm.rect().center())
    assert confirm.isChecked() and page.isComplete() and _finish(wizard)
    # Another file chosen: its fingerprint is another comparison.
    assert page.load_team_file(new_team_file(tmp_path / "other", "Other team"))
    assert not confirm.isChecked() and not _finish(wizard)
    confirm.setChecked(True)
    assert _finish(wizard)

    with qtbot.waitSignal(wizard.finishedWith, timeout=60_000) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    store, demo = done.args
    assert isinstance(store, Store) and not demo
    try:
        assert no_message_boxes == []
        with store.session() as s:
            team = current_team(s)
            assert team is not None and team.name == "Other team"
            assert team.central_verify_key == read_team_file(tmp_path / "other" / "team.majlis-team").central_verify_key
    finally:
        store.close()


@pytest.mark.parametrize("kind", ["garbage", "wrong_file", "truncated", "tampered", "newer"])
def test_a_file_that_is_no_team_file_is_one_line_and_no_finish(language: LanguageManager, qtbot: QtBot,
                                                               tmp_path: Path, team_file: Path, kind: str) -> None:
    wizard = _wizard_at_start_page(language, qtbot, tmp_path)
    page = wizard.start_page
    assert page.load_team_file(team_file)
    page.key_view.confirm.setChecked(True)
    assert _finish(wizard)
    bad = _bad_file(kind, team_file, tmp_path)
    assert not page.load_team_file(bad)
    settle()
    line = page.key_view.error.text()
    assert line and "\n" not in line and "Traceback" not in line and "Error" not in line, line
    assert page.key_view.error.isVisible()
    assert not page.key_view.fingerprint.isVisible() and not page.key_view.fingerprint.text()
    assert not page.key_view.confirm.isVisible()
    assert not page.isComplete() and not _finish(wizard)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_tampered_file_is_said_in_the_interface_language(language: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                           team_file: Path, lang: str) -> None:
    wizard = _wizard_at_start_page(language, qtbot, tmp_path, lang)
    page = wizard.start_page
    assert not page.load_team_file(_bad_file("tampered", team_file, tmp_path))
    settle()
    line = page.key_view.error.text()
    # Said of the team file (not of "the bundle", the general sentence), in the interface language.
    english = "The team file's signature does not match its content: it was altered."
    assert line == QCoreApplication.translate("BundleError", english) != english
    assert line != QCoreApplication.translate("BundleError", BadSignatureError.default_message)
    assert not english_left(page.key_view), line
    assert page.key_view.error.height() >= page.key_view.error.heightForWidth(page.key_view.error.width())
    folder = shots_folder(tmp_path, "MAJLIS_FIRST_RUN_JOIN_SHOTS")
    assert wizard.grab().save(str(folder / f"first_run_join_refused_{lang}.png"))


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_join_step_in_each_language(language: LanguageManager, qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    """Translated words, the fingerprint left to right in a right-to-left page, nothing cut off; the
    screenshots are for a person to look at (MAJLIS_FIRST_RUN_JOIN_SHOTS keeps them)."""
    team_file = new_team_file(tmp_path / "coordinator", LOCAL_NAME[lang])
    wizard = _wizard_at_start_page(language, qtbot, tmp_path, lang)
    page = wizard.start_page
    assert page.load_team_file(team_file)
    settle()
    view = page.key_view
    folder = shots_folder(tmp_path, "MAJLIS_FIRST_RUN_JOIN_SHOTS")
    assert wizard.grab().save(str(folder / f"first_run_join_{lang}.png"))
    rtl = lang != "en"
    assert wizard.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    assert view.fingerprint.layoutDirection() == Qt.LayoutDirection.LeftToRight
    confirm = view.confirm
    assert confirm is not None
    if rtl:
        assert english_left(page) == [], english_left(page)
        for label, source in ((view.fingerprint_label, "Fingerprint of the team's key:"),
                              (confirm, "The fingerprint &matches the one my coordinator read out")):
            assert label.text() == QCoreApplication.translate("TeamKeyView", source) != source
        assert confirm.x() + confirm.width() > view.width() - 20  # starts at the right edge
    # Nothing cut off: every line of the wrapped texts has its height, the fingerprint its width,
    # and everything stands inside the page.
    for label in (view.team_label, view.compare):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert view.fingerprint.width() >= view.fingerprint.sizeHint().width()
    assert confirm.width() >= confirm.sizeHint().width()
    for widget in (view.fingerprint, confirm, page.demo):
        bottom = widget.mapTo(page, widget.rect().bottomLeft()).y()
        assert 0 < bottom <= page.height(), (widget.objectName(), bottom, page.height())
    groups = view.fingerprint.text().split()
    assert len(groups) > 1 and all(g.isascii() for g in groups)  # hex groups, never Arabic-Indic digits
    folder = shots_folder(tmp_path, "MAJLIS_FIRST_RUN_JOIN_SHOTS")
    assert wizard.grab().save(str(folder / f"first_run_join_{lang}.png"))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_join_step_on_a_laptop_at_150_percent(language: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                  lang: str) -> None:
    """A 1366x768 laptop at 150 % display scaling: 911x464 logical pixels under the task bar, where the
    wizard opens 640x424 (screen_fit, less its frame) and cannot grow. With a team file chosen the last
    page needs more height than that: its lines were squeezed below their smallest size, and the
    fingerprint (its lower half cut), the words to compare it (one line, run off both sides in
    Kurdish) and the check box drew over each other. Each now has its height, one under the other,
    and the page scrolls to the ones below the fold."""
    team_file = new_team_file(tmp_path / "coordinator", LOCAL_NAME[lang])
    wizard = _wizard_at_start_page(language, qtbot, tmp_path, lang)
    page = wizard.start_page
    assert page.load_team_file(team_file)
    settle()
    wizard.resize(640, 424)  # fit_resize(wizard, 640, 480) on that laptop; it can grow no taller
    settle()
    view = page.key_view
    confirm = view.confirm
    assert confirm is not None
    lines = [view.team_label, view.fingerprint_label, view.fingerprint, view.compare, confirm, page.start,
             page.team_name, page.alone, page.demo]
    for widget in lines:
        need = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else widget.minimumSizeHint().height()
        assert widget.height() >= need, (widget.objectName() or type(widget).__name__, widget.height(), need)
    tops = [w.mapTo(page, w.rect().topLeft()).y() for w in lines]
    bottoms = [w.mapTo(page, w.rect().bottomLeft()).y() for w in lines]
    overlaps = [(i, bottoms[i], tops[i + 1]) for i in range(len(lines) - 1) if bottoms[i] >= tops[i + 1]]
    assert not overlaps, overlaps
    scroll = page.findChild(QScrollArea)
    for widget in (view.fingerprint, view.compare, confirm, page.demo):  # each can be brought into view, whole
        if scroll is not None:
            scroll.ensureWidgetVisible(widget, 0, 0)
            settle()
        assert widget.visibleRegion().boundingRect() == widget.rect(), widget.objectName() or widget.text()
    folder = shots_folder(tmp_path, "MAJLIS_FIRST_RUN_JOIN_SHOTS")
    assert wizard.grab().save(str(folder / f"first_run_join_laptop_{lang}.png"))


def test_a_file_changed_after_the_comparison_is_not_joined(language: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                            team_file: Path, no_message_boxes: list[str]) -> None:
    wizard = _wizard_at_start_page(language, qtbot, tmp_path)
    page = wizard.start_page
    assert page.load_team_file(team_file)
    page.key_view.confirm.setChecked(True)
    # Between the comparison and Finish, another team's file takes its place.
    other = new_team_file(tmp_path / "impostor", "Impostor")
    team_file.write_bytes(other.read_bytes())
    with qtbot.waitSignal(wizard.finishedWith, timeout=60_000) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    store = done.args[0]
    try:
        with store.session() as s:
            assert s.query(Team).count() == 0  # the key enrolled is the one compared, or none
        assert len(no_message_boxes) == 1
        assert QCoreApplication.translate("BundleError", CentralKeyMismatchError(
            "This team file has changed since its fingerprint was shown: choose it again and compare the new "
            "fingerprint with your coordinator.").message) in no_message_boxes[0]
    finally:
        store.close()


def test_the_sync_page_joins_only_the_key_it_showed(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                    team_file: Path) -> None:
    dialog = JoinTeamDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load(team_file)
    team_file.write_bytes(new_team_file(tmp_path / "impostor", "Impostor").read_bytes())
    dialog.join_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert "changed since its fingerprint was shown" in dialog.error.text()
    assert dialog.joined_team_id is None
    with ctx.store.session() as s:
        assert current_team(s) is None
    QApplication.processEvents()
