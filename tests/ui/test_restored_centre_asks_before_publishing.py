"""A centre restored from a backup (here onto a new computer: the per-user state folder empty) learns the
consent form versions it published after that backup only from the laptops' bundles. Publishing a new
version before importing any could give it the number of one the laptops hold and people signed. So the
restore (``majlis-cli restore``, the same core function as the app's Restore from a backup…) marks the
centre's database, and while the mark is there the consent form editor's Publish asks first, in one
translated question, No by default: No publishes nothing, Yes publishes. A laptop's bundle applied takes
the mark away (no question; the version numbered above the one it names). A laptop restored is never asked.

What the coordinator sees: the question at the first Publish after the restore, once. Found before: after
a Yes it came back at every Publish (each new version, each form, each editor opened) until a laptop's bundle
was imported; now a Yes holds until the next restore, and the question says so. Restored on the computer it
was backed up on, whose note of the versions sent names every version the database made, it is not asked
at all (nothing can be numbered twice there); that is told by the note, nothing naming the computer or the
person is stored. Real SQLCipher stores, a real backup, the real command line, a real bundle, the real
editor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import consent, published_forms
from desktop.core.backups import backup
from desktop.core.db import Store, open_store
from desktop.core.exported_position import STATE_DIR_ENV, state_dir
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file
from desktop.sync.team import apply_team_update, write_team_update
from desktop.ui.consent.template_editor import TemplateEditorDialog
from desktop.ui.qt_i18n import LanguageManager
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.consent_helpers import template_texts
from tests.sync_helpers import Team, make_team, session_bundle
from tests.team_copies import TeamTemplate, copy_team, team_template
from tests.ui.test_recommendation_removal_asks import No, Yes, click_and_answer

pytestmark = pytest.mark.usefixtures("cli_env")

FORM = consent.TEAM_FORM_KEY
QUESTION = ("This database was restored from a backup, and no laptop's bundle has been imported since: a version "
            "published now may get the number of a version the laptops already hold. Import the laptops' latest "
            "bundles first. Publish anyway? If you answer Yes, you will not be asked again.")


def _t(text: str) -> str:
    return QCoreApplication.translate("TemplateEditorDialog", text)


def _before_restore(folder: Path) -> Team:
    """Version 1 published and sent, the centre backed up, version 2 published and sent, the laptop's
    bundle written (its manifest names version 2), in ``folder``: the story every restore below starts
    from, made once per test process (tests/team_copies.py) and copied into each test's folder."""
    team = make_team(folder, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        consent.publish_version(centre, FORM, template_texts())
        apply_team_update(laptop, write_team_update(centre, folder / "u1.majlis").path)
        kept = backup(centre.engine, centre.path, PASSPHRASE)
        assert consent.publish_version(centre, FORM, template_texts()) == 2
        apply_team_update(laptop, write_team_update(centre, folder / "u2.majlis").path)
        session_bundle(laptop, folder / "laptop.majlis", "Roundtable Basra")
    except BaseException:
        team.close()
        raise
    _backup_names[folder] = kept.relative_to(folder)
    return team


_templates: list[TeamTemplate] = []
_backup_names: dict[Path, Path] = {}  # a template's folder: its backup's path in it


def _restored_centre(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                     tmp_path_factory: pytest.TempPathFactory, *,
                     computer: str = "new computer") -> tuple[Team, Path]:
    """A copy of ``_before_restore``'s team and state folder in ``tmp_path``; then its backup restored
    with ``majlis-cli restore`` on a new ``computer`` (its own state folder), or on the same one
    (``computer=""``). Returns the team (closed) and the laptop's bundle."""
    if not _templates:
        _templates.append(team_template(tmp_path_factory, _before_restore))
    team = copy_team(_templates[0], tmp_path)
    team.close()
    kept, bundle = tmp_path / _backup_names[_templates[0].folder], tmp_path / "laptop.majlis"
    if computer:
        monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / computer))
    code, _out, err = run(capsys, "restore", "--db", team.centre.path, "--from", kept)
    assert code == 0, err
    return team, bundle


def _editor(store: Store, make_ctx: Any, qtbot: QtBot) -> TemplateEditorDialog:
    editor = TemplateEditorDialog(make_ctx(store), FORM)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.language_tabs[0].body.setPlainText("نص جديد للاستمارة")
    return editor


def _latest(store: Store) -> int:
    with store.session() as s:
        return consent.latest_version(s, FORM)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_publish_at_a_restored_centre_asks_first(lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str], manager: LanguageManager,
                                                 make_ctx: Any, qtbot: QtBot,
                                                 tmp_path_factory: pytest.TempPathFactory) -> None:
    team, _bundle = _restored_centre(tmp_path, monkeypatch, capsys, tmp_path_factory)
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        manager.set_language(lang)
        editor = _editor(centre, make_ctx, qtbot)
        [(title, text, no_default)] = click_and_answer(qtbot, editor.publish_button, No)
        assert (title, text) == (_t("Publish new version"), _t(QUESTION)) and no_default
        assert "\n" not in text and (lang == "en" or not text.isascii()), text  # one translated line
        assert editor.published_version is None and editor.isVisible() and _latest(centre) == 1  # nothing

        [_asked] = click_and_answer(qtbot, editor.publish_button, Yes)
        assert editor.published_version == 2 and _latest(centre) == 2  # the coordinator's choice

        # The next version, in the next editor: answered once, not asked again (it was, at every Publish).
        again = _editor(centre, make_ctx, qtbot)
        assert click_and_answer(qtbot, again.publish_button, No) == []
        assert again.published_version == 3 == _latest(centre)
    finally:
        centre.close()


def test_a_yes_holds_until_the_next_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], make_ctx: Any, qtbot: QtBot,
                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    team, _bundle = _restored_centre(tmp_path, monkeypatch, capsys, tmp_path_factory)
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        kept = backup(centre.engine, centre.path, PASSPHRASE)  # of the restored centre, before the Yes
        assert len(click_and_answer(qtbot, _editor(centre, make_ctx, qtbot).publish_button, Yes)) == 1
        assert click_and_answer(qtbot, _editor(centre, make_ctx, qtbot).publish_button, No) == []
    finally:
        centre.close()
    code, _out, err = run(capsys, "restore", "--db", team.centre.path, "--from", kept)
    assert code == 0, err
    centre = open_store(team.centre.path, PASSPHRASE)
    try:  # restored again: asked again
        editor = _editor(centre, make_ctx, qtbot)
        assert len(click_and_answer(qtbot, editor.publish_button, No)) == 1 and editor.published_version is None
    finally:
        centre.close()


def test_restored_on_the_same_computer_no_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str], make_ctx: Any,
                                                   qtbot: QtBot,
                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    """Its note names version 2, sent after the backup: the next is numbered 3 without a question (before,
    it was asked as on a new computer)."""
    team, _bundle = _restored_centre(tmp_path, monkeypatch, capsys, tmp_path_factory, computer="")
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        with centre.session() as s:
            assert published_forms.restored_unheard(s)  # restored, and no laptop heard from
        editor = _editor(centre, make_ctx, qtbot)
        assert click_and_answer(qtbot, editor.publish_button, No) == []
        assert editor.published_version == 3 == _latest(centre)  # never a second version 2
    finally:
        centre.close()


def test_the_same_computer_with_a_database_from_another_asks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], make_ctx: Any,
        qtbot: QtBot) -> None:
    """The centre ran on another computer for a while (version 2 published and sent there) and comes back
    here restored from a backup made there: this computer's note lacks version 2, so it cannot be the one
    that sent everything; what the other sent after the backup is known only to the laptops: asked."""
    team = make_team(tmp_path, devices=1)
    try:
        centre, laptop = team.centre, team.devices[0]
        consent.publish_version(centre, FORM, template_texts())
        apply_team_update(laptop, write_team_update(centre, tmp_path / "u1.majlis").path)
        here = state_dir()
        monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "other computer"))
        assert consent.publish_version(centre, FORM, template_texts()) == 2
        apply_team_update(laptop, write_team_update(centre, tmp_path / "u2.majlis").path)
        kept = backup(centre.engine, centre.path, PASSPHRASE)
    finally:
        team.close()
    monkeypatch.setenv(STATE_DIR_ENV, str(here))  # back here
    code, _out, err = run(capsys, "restore", "--db", team.centre.path, "--from", kept)
    assert code == 0, err
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        editor = _editor(centre, make_ctx, qtbot)
        assert len(click_and_answer(qtbot, editor.publish_button, No)) == 1 and _latest(centre) == 2
    finally:
        centre.close()


def test_a_laptops_bundle_imported_no_question(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], manager: LanguageManager,
                                               make_ctx: Any, qtbot: QtBot,
                                               tmp_path_factory: pytest.TempPathFactory) -> None:
    team, bundle = _restored_centre(tmp_path, monkeypatch, capsys, tmp_path_factory)
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        with centre.session() as s:
            assert published_forms.restored_unheard(s)
        [outcome] = import_files(centre, [bundle], load_identity_file(team.identity_file))
        assert outcome.status == "imported", outcome.message
        with centre.session() as s:
            assert not published_forms.restored_unheard(s)
        editor = _editor(centre, make_ctx, qtbot)
        assert click_and_answer(qtbot, editor.publish_button, No) == []  # nothing asked
        assert editor.published_version == 3 == _latest(centre)  # above the version 2 the laptop holds
    finally:
        centre.close()


def test_a_restored_laptop_is_never_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          manager: LanguageManager, make_ctx: Any, qtbot: QtBot) -> None:
    team = make_team(tmp_path, devices=1)
    laptop = team.devices[0]
    consent.publish_version(laptop, "session-consent", template_texts())  # the laptop's own form
    kept = backup(laptop.engine, laptop.path, PASSPHRASE)
    team.close()
    code, _out, err = run(capsys, "restore", "--db", laptop.path, "--from", kept)
    assert code == 0, err
    laptop = open_store(laptop.path, PASSPHRASE)
    try:
        with laptop.session() as s:
            assert not published_forms.restored_unheard(s)
        editor = TemplateEditorDialog(make_ctx(laptop), "session-consent")
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.language_tabs[0].body.setPlainText("نص جديد للاستمارة")
        assert click_and_answer(qtbot, editor.publish_button, No) == []
        assert editor.published_version == 2
    finally:
        laptop.close()


def test_a_yes_counts_once_publish_went_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str], make_ctx: Any,
                                               qtbot: QtBot,
                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    """Yes, then Publish refused (a clause left without its text): nothing was published, so nothing was
    answered; the next Publish asks again (it did not: the Yes was written before the version, and held
    even when the version never came)."""
    team, _bundle = _restored_centre(tmp_path, monkeypatch, capsys, tmp_path_factory)
    centre = open_store(team.centre.path, PASSPHRASE)
    try:
        editor = _editor(centre, make_ctx, qtbot)
        for tab in editor.language_tabs:
            tab.model.setData(tab.model.index(0, 1), "")
        assert len(click_and_answer(qtbot, editor.publish_button, Yes)) == 1
        assert editor.error.text() == _t("Every clause needs its text.")
        assert editor.published_version is None and editor.isVisible() and _latest(centre) == 1
        with centre.session() as s:
            assert published_forms.asks_before_publishing(s)  # the Yes is not kept

        for tab in editor.language_tabs:
            tab.model.setData(tab.model.index(0, 1), "أوافق على المشاركة")
        assert len(click_and_answer(qtbot, editor.publish_button, No)) == 1  # asked again
        assert editor.published_version is None and _latest(centre) == 1
        assert len(click_and_answer(qtbot, editor.publish_button, Yes)) == 1
        assert editor.published_version == 2 == _latest(centre)
        with centre.session() as s:
            assert not published_forms.asks_before_publishing(s)  # now answered: kept with the version
        assert click_and_answer(qtbot, _editor(centre, make_ctx, qtbot).publish_button, No) == []
    finally:
        centre.close()
