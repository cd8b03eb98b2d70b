"""The first hour, end to end through the real widgets, in Central Kurdish and in Arabic.

A facilitator: first-run wizard → a focus group with two participants → consent on the built-in
form → a transcript typed from the keyboard (a refused speaker on the way) → finalise (blocked,
then done) → join a team → a bundle. A coordinator: import a good bundle and a bad file → resolve a
conflict → an Excel workbook. Each step asserts on what the screen shows, finds no English on it,
and is photographed (MAJLIS_FIRST_HOUR_SHOTS=docs/screenshots/first-hour keeps the pictures).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.sync.export import export_bundle
from desktop.sync.outbox import LAST_EXPORT_FOLDER
from desktop.sync.team import create_team, join_team
from desktop.ui.app import make_context
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.sync.page import SyncPage
from desktop.ui.widgets import screen_fit
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.helpers_typing import press, type_text
from tests.i18n.test_i18n_screens import blank_buttons, english_left, settle
from tests.shots import as_if_written_in, private_folders, private_paths, shots_folder
from tests.stores import fresh_store
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import Team

CTRL = Qt.KeyboardModifier.ControlModifier
T = QApplication.translate
STICK_FOLDER = "E:\\Majlis"


class Camera:
    """Screenshots of each step, and the check that nothing on them is English."""

    def __init__(self, role: str, lang: str, tmp_path: Path) -> None:
        self.folder = shots_folder(tmp_path, "MAJLIS_FIRST_HOUR_SHOTS") / lang
        self.folder.mkdir(parents=True, exist_ok=True)
        self.role, self.lang, self.problems = role, lang, {}  # type: ignore[var-annotated]
        self.private = private_folders(tmp_path)

    def step(self, name: str, widget: QWidget, *, check: QWidget | None = None) -> None:
        settle()
        assert widget.grab().save(str(self.folder / f"{self.role}-{name}.png"))
        left = english_left(check or widget) + blank_buttons(check or widget)
        left += [f"a private folder shown: {text!r}" for text in private_paths(check or widget, self.private)]
        if left:
            self.problems[name] = left

    def assert_clean(self) -> None:
        summary = "\n".join(f"[{step}] {line}" for step, lines in self.problems.items() for line in sorted(set(lines)))
        assert not self.problems, f"English (or nothing) left in {self.lang}:\n{summary}"


def _click_radio(button: QRadioButton, qtbot: QtBot) -> None:
    rtl = button.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = button.width() - 8 if rtl else 8
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(x, button.height() // 2))


def _consent_by_voice(dialog: ConsentDialog, qtbot: QtBot, camera: Camera | None) -> int:
    """What a facilitator does in the consent dialog: every clause yes, spoken before a witness."""
    dialog.resize(1100, 820)
    dialog.show()
    for row in dialog.clause_rows:
        qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)
    button = dialog.findChild(QRadioButton, "method_verbal_witness")
    assert button is not None
    _click_radio(button, qtbot)
    witness = dialog.findChild(QLineEdit, "witness")
    assert witness is not None
    type_text(witness, "هاوڕێ")
    if camera is not None:
        camera.step("03-consent", dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "", dialog.error.text()
    return int(dialog.result())


def _coordinator_team(tmp_path: Path) -> tuple[Store, Path, Path]:
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "ناوەند")
    team_file, identity = tmp_path / "team.majlis-team", tmp_path / "team.key"
    create_team(centre, name="تیمی یاسای هەڵبژاردن", team_file=team_file, identity_file=identity)
    return centre, team_file, identity


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_facilitator_first_hour(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    camera = Camera("facilitator", lang, tmp_path)
    centre, team_file, _identity = _coordinator_team(tmp_path)

    # 1. The wizard, in the chosen language from its first page on.
    wizard = FirstRunWizard(manager, tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    radio = next(b for b in wizard.language_page.findChildren(QRadioButton) if b.property("code") == lang)
    radio.click()
    settle()
    assert wizard.language_page.title() == T("LanguagePage", "Welcome to Majlis") != "Welcome to Majlis"
    camera.step("01-wizard-language", wizard)
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    type_text(wizard.device_page.name, "لاپتۆپی هەولێر")
    type_text(wizard.device_page.person, "شیلان")
    camera.step("02-wizard-laptop-and-person", wizard)
    wizard.next()
    assert wizard.start_page.alone.isChecked()
    camera.step("02b-wizard-alone", wizard)
    with qtbot.waitSignal(wizard.finishedWith, timeout=60_000) as done:
        wizard.accept()
    store, is_demo = done.args
    assert not is_demo

    try:
        window = MainWindow(make_context(store, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(1180, 760)
        window.show()
        window.activateWindow()
        assert window.ctx.user_name == "شیلان"

        # 2. A focus group, two participants.
        window.go_to("sessions")
        page = window.current_page()
        assert isinstance(page, SessionsPage)
        page.new_session("focus_group")
        qtbot.waitUntil(lambda: window.editor is not None, timeout=20_000)  # stored on the DB worker first
        editor = window.editor
        assert isinstance(editor, FocusGroupEditor)
        qtbot.waitUntil(lambda: editor.is_loaded, timeout=20_000)
        assert editor.header.texts["facilitator"].text() == "شیلان"  # the person, not the laptop
        type_text(editor.header.texts["title"], "گفتوگۆی هەولێر")
        editor.header.governorate.setCurrentIndex(editor.header.governorate.findData("erbil"))
        editor.header.changed.emit()
        editor.tabs.setCurrentIndex(1)
        for n in (1, 2):
            editor.add_button.click()
            qtbot.waitUntil(lambda n=n: len(editor.people.rows) == n, timeout=20_000)  # type: ignore[misc]

        # 3. Consent on the built-in form, in the participant's language.
        shots = {"taken": False}

        def exec_dialog(dialog: ConsentDialog) -> int:
            first = not shots["taken"]
            shots["taken"] = True
            assert dialog.template_id is not None, "working alone, a consent form is there"
            return _consent_by_voice(dialog, qtbot, camera if first else None)

        monkeypatch.setattr(ConsentDialog, "exec", exec_dialog)
        editor.people_view.setCurrentIndex(editor.people.index(0, 0))
        editor.consent_button.click()
        assert shots["taken"], editor.status_line.text()
        qtbot.waitUntil(lambda: editor.people.rows[0].can_speak, timeout=10_000)

        # 4. The transcript from the keyboard; the participant without consent is refused at the cause.
        editor.tabs.setCurrentIndex(0)
        edit = editor.transcript.edit
        edit.setFocus()
        type_text(edit, "بەخێربێن، با دەست پێبکەین.")
        press(edit, Qt.Key.Key_1, CTRL)
        type_text(edit, "دەنگی ئێمە دەبێت بگات.")
        press(edit, Qt.Key.Key_2, CTRL)
        banner = editor.transcript.banner
        assert banner.isVisible() and banner.message() == T(
            "TranscriptPanel", "%1 has no recorded consent and cannot be given speech. Record consent first."
        ).replace("%1", editor.people.rows[1].code)
        camera.step("04-refused-speaker", window)
        banner.action_button.click()  # record consent for them, right there
        qtbot.waitUntil(lambda: editor.people.rows[1].can_speak, timeout=10_000)
        press(edit, Qt.Key.Key_2, CTRL)
        type_text(edit, "ڕاستە.")
        assert editor.transcript.current_turn_label() == editor.people.rows[1].code

        # 5. Finalise: blocked by a third person who came late and has not consented; the line leads
        # to them, their consent is recorded there, then the session is final.
        editor.tabs.setCurrentIndex(1)
        editor.add_button.click()
        qtbot.waitUntil(lambda: len(editor.people.rows) == 3, timeout=20_000)
        late = editor.people.rows[2].code
        window.ctx.tasks.wait(10_000)
        settle()
        editor.tabs.setCurrentIndex(0)
        assert editor.lifecycle.finalise() is False
        assert editor.blockers.isVisible() and any(late in line for line in editor.blockers.texts())
        camera.step("05-finalise-blocked", window)
        editor.blockers.choose(next(i for i, line in enumerate(editor.blockers.texts()) if late in line))
        window.ctx.tasks.wait(10_000)
        settle()
        assert editor.tabs.currentIndex() == 1  # the participants, where the problem is
        editor.people_view.setCurrentIndex(editor.people.index(2, 0))
        editor.consent_button.click()  # the late-comer consents after all
        qtbot.waitUntil(lambda: editor.people.rows[2].can_speak, timeout=10_000)
        assert editor.lifecycle.finalise()
        assert editor.is_read_only() and editor.blockers.isHidden()
        camera.step("06-finalised", window)

        # 6. Join a team from the app; the fingerprint is there to compare.
        editor.request_close()
        window.go_to("sync")
        sync = window.current_page()
        assert isinstance(sync, SyncPage)
        qtbot.waitUntil(sync.is_loaded)  # read on the DB worker
        assert not sync.is_coordinator_view()
        unsent_before = sync.outbox.state.unsent if sync.outbox.state else 0
        assert unsent_before > 0
        dialog = sync.outbox.join_dialog()
        assert dialog.load(team_file)
        camera.step("07-join-team", dialog)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            dialog.join_button.click()
        qtbot.waitUntil(lambda: sync.export_button.isEnabled(), timeout=10_000)

        # 7. The bundle: a suggested .majlis name, and the count falls to zero on screen.
        target = tmp_path / "stick"
        target.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda _p, _t, suggested, _f, **_o: (str(target / Path(suggested).name), "")))
        sync.export_button.click()
        zero = T("OutboxPanel", "Unsent changes: %1").replace("%1", window.ctx.language.format_number(0))
        qtbot.waitUntil(lambda: sync.outbox.unsent_label.text() == zero, timeout=30_000)
        assert [p.suffix for p in target.iterdir()] == [".majlis"]
        assert str(target) in sync.outbox.where_label.text()  # where it went, said
        written = next(target.iterdir())
        qtbot.waitUntil(lambda: sync.results.count() > 0, timeout=10_000)
        assert shown_path(written) in sync.results.item(sync.results.count() - 1).text()  # the whole path, said
        # The picture says where a person saves it, not this test's folder (/tmp/pytest-of-…): a USB
        # stick's folder on the Windows laptops Majlis is used on, there for them (Open the folder works).
        store.set_state(LAST_EXPORT_FOLDER, STICK_FOLDER)
        sync.outbox.refresh()
        qtbot.waitUntil(lambda: STICK_FOLDER in sync.outbox.where_label.text(), timeout=10_000)
        window.ctx.tasks.drain()
        as_if_written_in(window, written, STICK_FOLDER)  # the done line and the status bar's, as that folder's
        sync.outbox.open_button.setEnabled(True)
        camera.step("08-bundle-sent", window)
        camera.assert_clean()
        window.ctx.tasks.wait(10_000)
        window.close()
    finally:
        store.close()
        centre.close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_coordinator_first_hour(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    camera = Camera("coordinator", lang, tmp_path)
    centre, team_file, identity = _coordinator_team(tmp_path)
    devices = []
    for n in range(2):
        device = fresh_store(tmp_path / f"field{n}.db", PASSPHRASE, f"لاپتۆپی بەسرە {n + 1}")
        join_team(device, team_file)
        # On the centre's roster, as at hand-over; the second edits the first's rows: a coordinator's.
        from desktop.sync.devices import preregister
        from desktop.sync.keys import public_key_b64
        from desktop.sync.team import device_signing_key

        preregister(centre, device.device_id, public_key_b64(device_signing_key(device)[0]), "",
                    role="coordinator" if n else "field")
        devices.append(device)
    team = Team(centre, devices, team_file, identity, tmp_path)
    try:
        make_conflict(team, tmp_path)  # two laptops edited one turn, both already imported
        demo.generate(devices[0], sessions=2, seed=11)
        good = export_bundle(devices[0], tmp_path / "basra.majlis (1)")  # renamed by a messaging app
        assert good is not None
        bad = tmp_path / "photo.bin"
        bad.write_bytes(b"\xff\xd8\xff\xe0 a photo, not a bundle")

        manager.set_language(lang)
        window = MainWindow(make_context(centre, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(1180, 760)
        window.show()

        # 1. Import a good bundle and a bad file: one line each, in the interface's language.
        window.go_to("sync")
        sync = window.current_page()
        assert isinstance(sync, SyncPage)
        qtbot.waitUntil(sync.is_loaded)  # read on the DB worker
        assert sync.is_coordinator_view()
        sync.set_identity_path(identity)
        assert sync.import_paths([good.path, bad])
        qtbot.waitUntil(lambda: len(sync.last_outcomes) == 2 and not sync.cancel_button.isEnabled(), timeout=60_000)
        assert [o.status for o in sync.last_outcomes] == ["imported", "refused"]
        lines = [sync.results.item(i).text() for i in range(sync.results.count())]
        refused = T("BundleError", "This is not a Majlis bundle (it is not an age-encrypted file).")
        assert any(refused in line and "photo.bin" in line for line in lines), lines
        camera.step("01-import", window)

        # 2. The conflict with its context; keep the other version.
        assert sync.conflicts_model.rowCount() == 1
        dialog = sync.resolve_selected()
        assert dialog is not None
        # Room for two texts side by side, as far as the screen allows (tests/ui/test_laptop_screen.py)
        assert dialog.width() >= min(900, screen_fit.room(dialog).width())
        assert T("ConflictWords", "A turn of the transcript") in dialog.where.text()
        camera.step("02-conflict", dialog)
        dialog.keep_theirs.click()
        qtbot.waitUntil(lambda: sync.conflicts_model.rowCount() == 0, timeout=20_000)
        camera.step("03-conflict-resolved", window)

        # 3. The Excel workbook, read back.
        workbook = tmp_path / "campaign.xlsx"
        window.export_xlsx(str(workbook))
        qtbot.waitUntil(workbook.exists, timeout=60_000)
        window.ctx.tasks.wait(30_000)
        settle()
        camera.step("04-excel", window)
        book = openpyxl.load_workbook(workbook, read_only=True)
        assert len(book.sheetnames) >= 3
        book.close()
        camera.assert_clean()
        window.close()
    finally:
        team.close()

