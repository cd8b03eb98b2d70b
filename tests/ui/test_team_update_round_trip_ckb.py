"""The centre publishes, the laptop follows, in Kurdish: the round trip as a field laptop lives it.

The centre renames a code, deletes one the facilitator had applied, adds a sub-code and publishes a new
version of the consent form with one clause changed; the coordinator brings the team update back on a
USB stick, beside the bundle this laptop sent. Dropped on the laptop's Sync page (the main window at
1366x768, a coding window open on the session), it is applied in one line that says the coding that went;
the Codebook page and the open coding window show the new names at once; a new consent is taken on the
new version while the earlier record keeps its version, and its PDF prints that version's text; the
participant consented on the old version is marked for re-consent (the README: any newer version of
the form does so). Another team's update, an older one and a tampered one are each refused in one
Kurdish line, nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding, consent
from desktop.core.models import ConsentRecord, ConsentTemplate, Participant
from desktop.sync.export import export_bundle
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.consent import printout
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.coding_window_helpers import shown_window
from tests.consent_helpers import add_turn, all_yes, audio_clause_reworded, focus_group, template_texts
from tests.i18n_allowlist import english_words
from tests.pdf_helpers import pdf_text
from tests.shots import shots_folder
from tests.sync_helpers import Team, full_digest, make_team
from tests.sync_page_helpers import drag_and_drop
from tests.ui_helpers import main_window_on_screen

FORM = consent.TEAM_FORM_KEY
SPEECH = "کارەبا هەموو ڕۆژێک دەبڕێت و ئاو نییە"
CHANGED = " بەبێ ناوی خۆم"  # added to the audio clause in version 2


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _tree_names(model: QAbstractItemModel) -> list[str]:
    """The names a code tree shows, parents before their children."""
    names: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            names.append(str(model.data(index)))
            walk(index)

    walk(QModelIndex())
    return names


def _version_2(team: Team) -> None:
    consent.publish_version(team.centre, FORM, audio_clause_reworded(CHANGED))


def test_the_laptop_follows_the_centre_in_kurdish(team: Team, qtbot: QtBot, manager: LanguageManager, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shots = shots_folder(tmp_path, "MAJLIS_ROUND_TRIP_SHOTS")
    centre, laptop = team.centre, team.devices[0]
    with centre.transaction() as s:
        water = codebook.create_code(s, name_ar="المياه", name_ckb="ئاو", name_en="Water").id
        power = codebook.create_code(s, name_ar="الكهرباء", name_ckb="کارەبا", name_en="Electricity").id
    consent.publish_version(centre, FORM, template_texts())
    first = write_team_update(centre, tmp_path / "first.majlis").path
    import_team_update(laptop, first)

    group = focus_group(laptop, 2, language="ckb")
    turn = add_turn(laptop, group.session_id, group.participants[0], SPEECH, 1.0)
    with laptop.session() as s:
        form = consent.template_for(s, FORM, "ckb")
        assert form is not None and form.version == 1
        form_1 = form.id
    consent.record_consent(laptop, group.participants[0], group.session_id, form_1, all_yes(form_1, laptop),
                           "paper", facilitator="F1")
    with laptop.transaction() as s:
        coding.apply_code(s, power, "transcript_turn", turn, "text", 0, 6, "amal")
        coding.apply_code(s, water, "transcript_turn", turn, "text", 30, 32, "amal")

    window = main_window_on_screen(manager, laptop, qtbot, "ckb", None, (1366, 768), monkeypatch)
    ws = shown_window(window.ctx, qtbot, group.session_id, (1100, 700), active=False)
    window.go_to("codebook")
    book = window.page("codebook")
    assert isinstance(book, CodebookPage)
    qtbot.waitUntil(lambda: book.loads >= 1, timeout=10_000)
    assert _tree_names(book.model) == ["ئاو", "کارەبا"]
    assert {bar.name for bar in ws.margin.bars} == {"ئاو", "کارەبا"}

    # The centre: a code renamed, one deleted, a sub-code added, the form's version 2.
    with centre.transaction() as s:
        codebook.update_code(s, water, name_ckb="ئاوی خواردنەوە", name_ar="مياه الشرب", name_en="Drinking water")
        codebook.delete(s, power)
        codebook.create_code(s, parent_id=water, name_ckb="بڕینی ئاو", name_ar="انقطاع المياه", name_en="Water cuts")
    _version_2(team)
    stick = tmp_path / "stick"
    (stick / "Majlis").mkdir(parents=True)
    update = write_team_update(centre, stick / "Majlis").path
    assert export_bundle(laptop, stick / "sent.majlis") is not None  # what the laptop sent on the same stick

    # The laptop: the stick dropped on its Sync page.
    window.go_to("sync")
    sync = window.page("sync")
    assert isinstance(sync, SyncPage)
    qtbot.waitUntil(sync.is_loaded, timeout=10_000)
    assert drag_and_drop(sync, [stick])
    # The update applied; the laptop's own bundle said in a neutral line (nothing to do with it here).
    qtbot.waitUntil(lambda: sync.results.count() == 2 and sync._token is None, timeout=30_000)
    line, sent = sync.results.item(0).text(), sync.results.item(1).text()
    assert update.name in line and english_words(line.replace(update.name, "")) == [], line
    assert "2" in line  # its number
    assert "sent.majlis" in sent and english_words(sent.replace("sent.majlis", "")) == [], sent
    assert sync.results.item(1).icon().isNull(), sent  # not the red mark of a refusal
    window.grab().save(str(shots / "sync-applied.png"))

    # The new names at once, in the Codebook page and the open coding window; the deleted code's coding gone.
    qtbot.waitUntil(lambda: _tree_names(book.model) == ["ئاوی خواردنەوە", "بڕینی ئاو"], timeout=10_000)
    qtbot.waitUntil(lambda: _tree_names(ws.codes) == ["ئاوی خواردنەوە", "بڕینی ئاو"], timeout=10_000)
    qtbot.waitUntil(lambda: {bar.name for bar in ws.margin.bars} == {"ئاوی خواردنەوە"}, timeout=10_000)
    assert SPEECH in ws.view.toPlainText()
    window.go_to("codebook")
    window.grab().save(str(shots / "codebook-after.png"))
    ws.grab().save(str(shots / "coding-after.png"))

    # Consent: a new consent on version 2; the earlier record keeps version 1, and its PDF prints version 1.
    dialog = ConsentDialog(window.ctx, group.participants[1], group.session_id, full_screen=False)
    qtbot.addWidget(dialog)
    with laptop.session() as s:
        shown = s.get(ConsentTemplate, dialog.template_id)
        assert shown is not None and (shown.version, shown.language) == (2, "ckb")
        record = s.scalars(select(ConsentRecord)).one()
        assert record.template_id == form_1
        asked = s.get(Participant, group.participants[0])
        assert asked is not None and asked.reconsent_needed
    dialog.close()
    printed = pdf_text(printout.record_pdf(laptop, record.id, tmp_path))
    assert "بەبێ ناوی خۆم" not in printed

    # Refusals, each one Kurdish line, nothing changed.
    (tmp_path / "other").mkdir()
    other = make_team(tmp_path / "other", devices=0, name="Another study")
    foreign = write_team_update(other.centre, tmp_path / "foreign.majlis").path
    other.close()
    tampered = tmp_path / "tampered.majlis"
    data = bytearray(update.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    before = full_digest(laptop)
    assert sync.import_paths([foreign, first, tampered])
    qtbot.waitUntil(lambda: sync.results.count() == 5 and sync._token is None, timeout=30_000)
    refused = [sync.results.item(i).text() for i in range(2, 5)]
    for path, said in zip((foreign, first, tampered), refused, strict=True):
        assert path.name in said and english_words(said.replace(path.name, "")) == [], said
    assert full_digest(laptop) == before
    window.go_to("sync")
    window.grab().save(str(shots / "sync-refusals.png"))
