"""Join a team… (the Sync page's dialog and the first-run wizard's join step, one ``TeamKeyView``): the
team's name cannot pose as the fingerprint a facilitator compares by phone.

The team file is public: an outsider makes one under their own key with any name. hp4 made the name one
line (team_file.shown_team_name), but one line could still (1) hold markup: "<br>", "<font size=7>",
which the name's label (of automatic text format) drew as rich text, a line "Fingerprint of the team's
key:" and the REAL centre's fingerprint (public too), large, above the outsider's own; and (2) hold
spaces, a heading and a fingerprint-like string: the label wrapped it, the real fingerprint on a line
of its own right above the one to compare. The name is now plain text, its runs of spaces one, on one
line cut with "…" in its own label (the whole name in a plain tooltip), set apart by a blank line from the fingerprint's heading; the
fingerprint alone is large and monospace. Real Ed25519 signatures, real Qt widgets; screenshots in ar,
ckb and en (MAJLIS_JOIN_NAME_SHOTS keeps them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.sync import keys
from desktop.sync.team_file import make_team_file, read_team_file
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.i18n.test_i18n_screens import settle
from tests.shots import private_folders, private_paths, shots_folder

HEADING = {"en": "Fingerprint of the team's key:", "ar": "بصمة مفتاح الفريق:", "ckb": "پەنجەمۆری کلیلی تیم:"}
#: One line each, as shown_team_name leaves it: markup, and a heading and fingerprint after many spaces.
FORGED = {
    "markup": "Elections law cohort<br><br>{heading}<br><font size=7 face=monospace>{real}</font>",
    "spaces": "Elections law cohort" + " " * 60 + "{heading} {real}",
}


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the compiled translations, for the dialog's words in ar and ckb


def _forged(folder: Path, name: str, lang: str = "en") -> tuple[Path, str]:
    """A team file under an outsider's key, its name showing off the REAL centre's fingerprint."""
    real = keys.key_fingerprint(keys.public_key_b64(keys.generate_signing_key()))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "team.majlis-team"
    path.write_bytes(make_team_file(
        team_id="01-team", team_name=name.format(heading=HEADING[lang], real=real),
        central_signing_key=keys.generate_signing_key(), recipients=[keys.recipient_of(keys.generate_identity())],
        payload={}))
    return path, real


def _dialog(ctx: AppContext, qtbot: QtBot, path: Path) -> JoinTeamDialog:
    dialog = JoinTeamDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(620, 520)
    dialog.show()
    assert dialog.load(path)
    settle()
    return dialog


def _one_line(label: QLabel) -> bool:
    return label.height() < 2 * label.fontMetrics().lineSpacing()


@pytest.mark.parametrize("forged", list(FORGED))
def test_the_name_cannot_pose_as_the_fingerprint(ctx: AppContext, qtbot: QtBot, tmp_path: Path, forged: str) -> None:
    path, real = _forged(tmp_path / "outsider", FORGED[forged])
    dialog = _dialog(ctx, qtbot, path)
    view = dialog.key_view
    # The label holding the fingerprint holds only the file's own key's, the one joining would enrol.
    assert view.fingerprint.text() == read_team_file(path).central_key_fingerprint != real
    # The name: plain text (markup shown as typed), no line break, one line high, in its own label.
    name = view.team_label
    assert name.textFormat() == Qt.TextFormat.PlainText and not name.wordWrap()
    assert "\n" not in name.text() and "  " not in name.text() and _one_line(name), (name.height(), name.text())
    assert real in name.text()  # said as written, where it cannot pass for the fingerprint
    if forged == "markup":  # the whole name in the tooltip, its markup shown as typed there too
        assert name.toolTip().startswith("<p>") and "&lt;br&gt;" in name.toolTip(), name.toolTip()
    # Apart from the fingerprint and its heading: a blank line between, and the fingerprint's font far larger.
    below = view.fingerprint_label.geometry().top() - name.geometry().bottom()
    assert below >= name.fontMetrics().height(), below
    assert view.fingerprint.font().pointSizeF() >= 1.4 * name.font().pointSizeF()
    # No other label shows the real centre's fingerprint, where it could be taken for the one to compare.
    posing = [label.objectName() for label in dialog.findChildren(QLabel)
              if label is not name and label.isVisible() and real in label.text()]
    assert posing == []


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_forged_name_in_each_language(manager: LanguageManager, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                          lang: str) -> None:
    """For a person to look at: the outsider's name cut on one line, the fingerprint apart below it."""
    manager.set_language(lang)
    path, real = _forged(tmp_path / "outsider", FORGED["spaces"], lang)
    dialog = _dialog(ctx, qtbot, path)
    view = dialog.key_view
    assert _one_line(view.team_label) and view.fingerprint.text() != real
    dialog.file_edit.setText(r"E:\Majlis\team.majlis-team")  # where a person keeps it, not the test's folder
    assert private_paths(dialog, private_folders(tmp_path)) == []
    folder = shots_folder(tmp_path, "MAJLIS_JOIN_NAME_SHOTS")
    assert dialog.grab().save(str(folder / f"join_forged_name_{lang}.png"))
    markup, _ = _forged(tmp_path / "markup", FORGED["markup"], lang)
    assert dialog.load(markup)
    settle()
    assert _one_line(view.team_label)
    dialog.file_edit.setText(r"E:\Majlis\team.majlis-team")
    assert dialog.grab().save(str(folder / f"join_forged_markup_{lang}.png"))
