"""On a laptop in a team, what the centre publishes (its codes, its organisations, its consent form)
is read-only on the Codebook, Organisations and Consent pages, with a line that says why, before a
facilitator types a whole definition or form text that the save would refuse. The laptop's own rows
stay editable, and at the centre everything does. Real pages, in ar, ckb and en."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import codebook, consent, organisations
from desktop.core.db import Store
from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.consent.page import ConsentPage
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.widgets.team_row_note import TeamRowNote
from tests.consent_helpers import arabic_form
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder
from tests.sync_helpers import Team
from tests.team_copies import team_copy_fixture

NOTE = "Published by the centre: changes come from the coordinator in team updates."
LANGS = ["ar", "ckb", "en"]


def _published(team: Team, tmp_path: Path) -> dict[str, str]:
    """The centre's code, organisation and form reach the laptop (the team update left at
    ``tmp_path``/u.majlis); the laptop has one of each of its own."""
    with team.centre.transaction() as s:
        theirs_code = codebook.create_code(s, name_ar="الثقة", name_en="Trust").id
    theirs_org = organisations.create(team.centre, "منتدى شباب البصرة", "cso", "basra")
    consent.publish_version(team.centre, consent.TEAM_FORM_KEY, arabic_form("نموذج الفريق", agree="أوافق"))
    laptop = team.devices[0]
    import_team_update(laptop, write_team_update(team.centre, tmp_path / "u.majlis").path)
    with laptop.transaction() as s:
        own_code = codebook.create_code(s, name_ar="رمزي").id
    own_org = organisations.create(laptop, "جمعية نساء الزبير", "cso", "basra")
    consent.publish_version(laptop, "laptop-form", arabic_form("نموذجي", agree="أوافق"))
    return {"code": theirs_code, "org": theirs_org, "own_code": own_code, "own_org": own_org}


# The team with what is published in it is made once per test process and each test gets a copy of
# its own (tests/team_copies.py), not a new team and a team update per test; the rows' ids, the
# same in every copy, are kept here when it is made.
IDS: dict[str, str] = {}
team = team_copy_fixture(devices=1, made=lambda made: IDS.update(_published(made, made.folder)))


def _note_says_it(page: QWidget, note: TeamRowNote, lang: str) -> None:
    assert note.isVisibleTo(page)
    assert note.text() == QCoreApplication.translate("TeamRowNote", NOTE)
    if lang != "en":
        assert not any("a" <= ch <= "z" for ch in note.text().lower()), note.text()


def _shot(page: QWidget, tmp_path: Path, name: str) -> None:
    page.resize(1100, 650)
    page.show()
    assert page.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / name))


def _codebook(ctx: Any, qtbot: QtBot) -> CodebookPage:
    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    return page


def _code_editable(page: CodebookPage) -> bool:
    fields = [*(not e.isReadOnly() for e in page.names.values()), *(not t.isReadOnly() for t in page.texts.values()),
              not page.colour_edit.isReadOnly()]
    buttons = [b.isEnabled() for b in (page.save_btn, page.merge_btn, page.delete_btn, page.colour_btn)]
    assert len(set(fields + buttons)) == 1, (fields, buttons)  # all of them, or none
    return fields[0]


@pytest.mark.parametrize("lang", LANGS)
def test_codebook(team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path, lang: str) -> None:
    ids = IDS
    language.set_language(lang)
    page = _codebook(make_ctx(team.devices[0]), qtbot)
    page.select(ids["code"])
    assert not _code_editable(page)
    _note_says_it(page, page.team_note, lang)
    assert page.sub_btn.isEnabled()  # a sub-code of the laptop's own may go under it
    _shot(page, tmp_path, f"codebook_team_code_{lang}.png")
    page.select(ids["own_code"])
    assert _code_editable(page) and not page.team_note.isVisibleTo(page)

    centre = _codebook(make_ctx(team.centre), qtbot)
    centre.select(ids["code"])
    assert _code_editable(centre) and not centre.team_note.isVisibleTo(centre)


def _organisations(ctx: Any, qtbot: QtBot, rows: int) -> OrganisationsPage:
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: len(page.model.rows) == rows, timeout=10_000)
    return page


def _org_editable(page: OrganisationsPage) -> bool:
    states = [not page.name.isReadOnly(), page.kind.isEnabled(), page.governorate.isEnabled(),
              page.save_button.isEnabled()]
    assert len(set(states)) == 1, states
    return states[0]


def _choose_org(page: OrganisationsPage, org_id: str) -> None:
    row = next(i for i, r in enumerate(page.model.rows) if r.id == org_id)
    page.view.setCurrentIndex(page.model.index(row, 0))


@pytest.mark.parametrize("lang", LANGS)
def test_organisations(team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path, lang: str) -> None:
    ids = IDS
    language.set_language(lang)
    page = _organisations(make_ctx(team.devices[0]), qtbot, 2)
    _choose_org(page, ids["org"])
    assert not _org_editable(page)
    _note_says_it(page, page.team_note, lang)
    assert page.new_button.isEnabled()
    _shot(page, tmp_path, f"organisations_team_row_{lang}.png")
    _choose_org(page, ids["own_org"])
    assert _org_editable(page) and not page.team_note.isVisibleTo(page)
    _choose_org(page, ids["org"])
    page.new()  # a new organisation is the laptop's own
    assert _org_editable(page) and not page.team_note.isVisibleTo(page)

    centre = _organisations(make_ctx(team.centre), qtbot, 1)
    centre.view.setCurrentIndex(centre.model.index(0, 0))
    assert _org_editable(centre) and not centre.team_note.isVisibleTo(centre)


def _consent(ctx: Any, qtbot: QtBot, store: Store) -> ConsentPage:
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    with store.session() as s:
        versions = len(consent.templates(s))
    qtbot.waitUntil(lambda: len(page.templates.rows) == versions, timeout=10_000)
    return page


def _choose_form(page: ConsentPage, key: str) -> None:
    row = next(i for i, r in enumerate(page.templates.rows) if r[0].template_key == key)
    page.templates_view.setCurrentIndex(page.templates.index(row, 0))


@pytest.mark.parametrize("lang", LANGS)
def test_consent_forms(team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path, lang: str) -> None:
    language.set_language(lang)
    laptop = team.devices[0]
    page = _consent(make_ctx(laptop), qtbot, laptop)
    _choose_form(page, consent.TEAM_FORM_KEY)
    assert not page.new_version.isEnabled()
    _note_says_it(page, page.team_note, lang)
    _shot(page, tmp_path, f"consent_team_form_{lang}.png")
    _choose_form(page, "laptop-form")
    assert page.new_version.isEnabled() and not page.team_note.isVisibleTo(page)

    centre = _consent(make_ctx(team.centre), qtbot, team.centre)
    _choose_form(centre, consent.TEAM_FORM_KEY)
    assert centre.new_version.isEnabled() and not centre.team_note.isVisibleTo(centre)


def _form_editable(editor: Any) -> bool:
    from desktop.ui.consent.template_editor import TemplateEditorDialog

    assert isinstance(editor, TemplateEditorDialog)
    fields = [not f.isReadOnly() for tab in editor.language_tabs for f in (tab.title, tab.body, tab.meaning)]
    clauses = [bool(tab.model.flags(tab.model.index(0, column)) & (Qt.ItemFlag.ItemIsEditable
                                                                  | Qt.ItemFlag.ItemIsUserCheckable))
               for tab in editor.language_tabs if tab.model.rows for column in (1, 2)]
    front = editor.current().table  # Remove clause waits for a clause to be chosen, whoever may edit
    front.setCurrentIndex(front.model().index(0, 1))
    buttons = [b.isEnabled() for b in (editor.add_key, editor.add_button, editor.remove_button, editor.publish_button)]
    assert clauses and len(set(fields + clauses + buttons)) == 1, (fields, clauses, buttons)  # all of them, or none
    return fields[0]


@pytest.mark.parametrize("lang", LANGS)
def test_the_consent_form_editor(team: Team, qtbot: QtBot, make_ctx: Any, language: Any, tmp_path: Path,
                                 lang: str) -> None:
    """The form editor opened on the team's form shows it read-only, with the line that says why (it
    took a whole form text, then refused it); the laptop's own form and the centre's editor stay open."""
    from desktop.ui.consent.template_editor import TemplateEditorDialog

    language.set_language(lang)
    laptop = team.devices[0]
    page = ConsentPage(make_ctx(laptop))
    qtbot.addWidget(page)
    assert not page.new_version.isEnabled()  # not before the page knows which forms are the team's

    def editor(store: Store, key: str) -> TemplateEditorDialog:
        dialog = TemplateEditorDialog(make_ctx(store), key)
        qtbot.addWidget(dialog)
        return dialog

    theirs = editor(laptop, consent.TEAM_FORM_KEY)
    assert not _form_editable(theirs)
    _note_says_it(theirs, theirs.team_note, lang)
    assert theirs.language_tabs[0].title.text() == "نموذج الفريق"  # shown, to be read
    _shot(theirs, tmp_path, f"consent_team_form_editor_{lang}.png")
    own = editor(laptop, "laptop-form")
    assert _form_editable(own) and not own.team_note.isVisibleTo(own)
    centre = editor(team.centre, consent.TEAM_FORM_KEY)
    assert _form_editable(centre) and not centre.team_note.isVisibleTo(centre)
