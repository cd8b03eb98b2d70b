"""The roster panel of the Sync page: a dropped bundle of an unknown device waits, its fingerprint is
shown large, and Approve (after confirmation) applies it; Reject discards; No changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.sync import keys
from desktop.sync.export import export_bundle
from desktop.sync.team import join_team
from desktop.ui.sync.page import SyncPage
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team
from tests.sync_page_helpers import drop, open_page, team_fixture
from tests.trust_helpers import laptop_key

pytestmark = pytest.mark.usefixtures("questions_as_message_box")  # the roster's questions: tests/question_answers.py

team = team_fixture(devices=0)


@pytest.fixture
def page(team: Team, qtbot, make_ctx) -> SyncPage:  # type: ignore[no-untyped-def]
    return open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=None, shown=False,
                     identity=team.identity_file)


def _stranger_bundles(team: Team, tmp_path: Path, count: int) -> tuple[list[Path], str]:
    paths, fingerprint = [], ""
    for n in range(count):
        store = fresh_store(tmp_path / f"s{n}.db", PASSPHRASE, f"Kirkuk laptop {n + 1}")
        try:
            join_team(store, team.team_file)
            with store.transaction() as s:
                s.add(Participant(code=f"KRK-FG01-P0{n + 1}"))
            made = export_bundle(store, tmp_path / f"s{n}.majlis")
            assert made is not None
            paths.append(made.path)
            fingerprint = fingerprint or keys.key_fingerprint(keys.public_key_b64(laptop_key(store)))
        finally:
            store.close()
    return paths, fingerprint


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _participants(team: Team) -> int:
    with team.centre.session() as s:
        return len(s.execute(select(Participant.id)).all())


def test_waiting_device_shown_large_then_approved(page: SyncPage, team: Team, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    panel = page.roster_panel
    paths, fingerprint = _stranger_bundles(team, tmp_path, 1)
    drop(page, paths)
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30000)
    assert any("held for approval" in page.results.item(i).text() for i in range(page.results.count()))
    assert panel.fingerprint_label.text() == fingerprint and not panel.fingerprint_label.isHidden()
    assert panel.fingerprint_label.font().pointSize() >= 18
    assert "Kirkuk laptop 1" in panel.waiting_list.item(0).text()
    assert _participants(team) == 0
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert panel.approve_selected() is False and fingerprint.replace(" ", "\u00a0") in asked[0]  # kept whole
    assert _participants(team) == 0
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.approve_selected() is True
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 0 and "on the roster" in panel.result_label.text(),
                    timeout=30000)
    assert _participants(team) == 1
    qtbot.waitUntil(lambda: any("Kirkuk laptop 1" in panel.roster_list.item(i).text()
                                for i in range(panel.roster_list.count())), timeout=10000)


def test_reject_discards(page: SyncPage, team: Team, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                         monkeypatch: pytest.MonkeyPatch) -> None:
    panel = page.roster_panel
    paths, _ = _stranger_bundles(team, tmp_path, 1)
    drop(page, paths)
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30000)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.reject_selected() is True
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 0 and "discarded" in panel.result_label.text(),
                    timeout=30000)
    assert _participants(team) == 0
    assert not panel.approve_button.isEnabled()


def test_the_centre_imports_with_the_key_in_its_database(team: Team, tmp_path: Path, qtbot, make_ctx,  # type: ignore[no-untyped-def]
                                                         bundled_fonts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_IDENTITY_FILE", raising=False)
    ctx = make_ctx(team.centre, user_name="coordinator")
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    assert page.identity_path is None  # no key file chosen
    paths, _ = _stranger_bundles(team, tmp_path, 1)
    assert page.import_paths(paths) is True
    qtbot.waitUntil(lambda: page.roster_panel.waiting_list.count() == 1, timeout=30000)
    ctx.tasks.wait()


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_rejection_sticks_and_is_undone_on_the_page(page: SyncPage, team: Team, tmp_path: Path, qtbot,  # type: ignore[no-untyped-def]
                                                      monkeypatch: pytest.MonkeyPatch, language, lang: str) -> None:
    """Rejected on the page, the same bundle dropped again is refused in one translated line and does
    not wait again; Approve after all (the rejected list) puts the device on the roster, and the
    bundle dropped once more is imported."""
    from PySide6.QtCore import QCoreApplication

    from desktop.sync.errors import RejectedDeviceError

    language.set_language(lang)
    panel = page.roster_panel
    paths, fingerprint = _stranger_bundles(team, tmp_path, 1)
    drop(page, paths)
    qtbot.waitUntil(lambda: panel.waiting_list.count() == 1, timeout=30000)
    assert not panel.rejected_list.isVisibleTo(page) and not panel.unreject_button.isVisibleTo(page)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.reject_selected() is True
    qtbot.waitUntil(lambda: panel.rejected_list.count() == 1, timeout=30000)
    assert panel.unreject_button.isVisibleTo(page) and panel.unreject_button.isEnabled()
    assert fingerprint.replace(" ", "\u00a0") in panel.rejected_list.item(0).text()

    page.results.clear()
    drop(page, paths)
    said = QCoreApplication.translate("BundleError", RejectedDeviceError.default_message)
    assert lang == "en" or said != RejectedDeviceError.default_message  # translated
    qtbot.waitUntil(lambda: page.results.count() >= 1 and any(
        said in page.results.item(i).text() for i in range(page.results.count())), timeout=30000)
    qtbot.wait(100)
    assert panel.waiting_list.count() == 0 and _participants(team) == 0

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.approve_rejected() is True and fingerprint.replace(" ", "\u00a0") in asked[-1]
    qtbot.waitUntil(lambda: panel.rejected_list.count() == 0 and not panel.unreject_button.isVisibleTo(page),
                    timeout=30000)
    assert panel.result_label.text().count("\n") >= 1  # on the roster; import its bundles again
    drop(page, paths)
    qtbot.waitUntil(lambda: _participants(team) == 1, timeout=30000)
