"""Small builders for the consent tests: a published template in three languages and a focus group."""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import consent
from desktop.core import demo_text as T
from desktop.core.db import Store
from desktop.core.models import (
    Attendance,
    ConsentRecord,
    ConsentTemplate,
    Participant,
    Session,
    TranscriptTurn,
)

if TYPE_CHECKING:
    from desktop.ui.consent.template_editor import TemplateEditorDialog


def tiny_png() -> bytes:
    """A valid 1x1 PNG, without Qt."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = zlib.compress(b"\x00\x00\x00\x00")
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return consent.PNG_MAGIC + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def template_texts(required: tuple[str, ...] = ("participate",)) -> dict[str, consent.TemplateText]:
    out = {}
    for lang, (title, body, meaning, clauses) in T.CONSENT_FORM.items():
        specs = [consent.ClauseSpec(k, text, k in required) for k, text in clauses.items()]
        out[lang] = consent.TemplateText(title, body, meaning, specs)
    return out


def arabic_form(title: str, *, agree: str = "أوافق على المشاركة", body: str = "",
                quote: bool = False) -> dict[str, consent.TemplateText]:
    """A consent form in Arabic only, titled ``title``: the required clause to take part (in the words
    ``agree``) and, with ``quote``, the clause to be quoted (not required)."""
    clauses = [consent.ClauseSpec("participate", agree, True)]
    if quote:
        clauses.append(consent.ClauseSpec("quote", "يمكن اقتباسي"))
    return {"ar": consent.TemplateText(title=title, body=body, signature_meaning="", clauses=clauses)}


def template_texts_without(clause_key: str) -> dict[str, consent.TemplateText]:
    """The three languages' texts of ``template_texts`` with one clause left out of every language (a form
    published before that clause was added)."""
    return {code: consent.TemplateText(t.title, t.body, t.signature_meaning,
                                       [c for c in t.clauses if c.clause_key != clause_key])
            for code, t in template_texts().items()}


def audio_clause_reworded(added: str) -> dict[str, consent.TemplateText]:
    """The three languages' texts of ``template_texts`` with ``added`` at the end of the audio clause (a
    newer version of the form: a clause reworded)."""
    return {lang: consent.TemplateText(t.title, t.body, t.signature_meaning, [
        consent.ClauseSpec(c.clause_key, c.text + added if c.clause_key == "audio" else c.text, c.required)
        for c in t.clauses]) for lang, t in template_texts().items()}


def consents_taken_on_form_1(centre: Store, laptop: Store, folder: Path, *, people: int = 3,
                             taken: int = 2) -> FocusGroup:
    """Version 1 of the team's consent form published at ``centre`` and applied on ``laptop`` (its team
    update written in ``folder``), a focus group of ``people`` in Kurdish there, the first ``taken`` of
    whom consented on paper on version 1 (the others not asked yet)."""
    from desktop.sync.team import import_team_update, write_team_update

    consent.publish_version(centre, consent.TEAM_FORM_KEY, template_texts())
    import_team_update(laptop, write_team_update(centre, folder / "first.majlis").path)
    group = focus_group(laptop, people, language="ckb")
    with laptop.session() as s:
        form = consent.template_for(s, consent.TEAM_FORM_KEY, "ckb")
        assert form is not None and form.version == 1
        form_1 = form.id
    for pid in group.participants[:taken]:
        consent.record_consent(laptop, pid, group.session_id, form_1, all_yes(form_1, laptop), "paper",
                               facilitator="F1")
    return group


def template_editor_shown(ctx: Any, qtbot: Any, key: str, size: tuple[int, int] | None = None) -> TemplateEditorDialog:
    """The consent form editor on the form ``key``, shown (at ``size`` where given), active and settled."""
    from desktop.ui.consent.template_editor import TemplateEditorDialog
    from tests.i18n.test_i18n_screens import settle

    editor = TemplateEditorDialog(ctx, key)
    qtbot.addWidget(editor)
    if size is not None:
        editor.resize(*size)
    editor.show()
    editor.activateWindow()
    settle()
    return editor


@dataclass
class FocusGroup:
    session_id: str
    participants: list[str]  # ids, seat order
    codes: list[str]  # pseudonyms


def focus_group(store: Store, n: int = 3, *, language: str = "ar", title: str = "جلسة البصرة",
                day: dt.date = dt.date(2023, 1, 15)) -> FocusGroup:
    with store.transaction() as s:
        session = Session(kind="focus_group", title=title, date=day,
                          governorate="basra", language=language, facilitator="F1", number=3)
        s.add(session)
        s.flush()
        ids, codes = [], []
        for seat in range(1, n + 1):
            code = f"BSR-FG03-P{seat:02d}"
            p = Participant(code=code, real_name=f"اسم حقيقي {seat}", phone=f"0770000000{seat}",
                            gender="female", age_band="25-34", governorate="basra", language=language)
            s.add(p)
            s.flush()
            s.add(Attendance(session_id=session.id, participant_id=p.id, role="citizen", seat=seat))
            ids.append(p.id)
            codes.append(code)
        return FocusGroup(session.id, ids, codes)


def all_yes(template_id: str, store: Store, **override: bool) -> dict[str, bool]:
    with store.session() as s:
        answers = {c.clause_key: True for c in consent.clauses(s, template_id)}
    answers.update(override)
    return answers


def add_turn(store: Store, session_id: str, participant_id: str | None, text: str, pos: float) -> str:
    with store.transaction() as s:
        turn = TranscriptTurn(session_id=session_id, participant_id=participant_id, text=text, position=pos)
        s.add(turn)
        s.flush()
        return turn.id


def consent_page_to_print(ctx: Any, store: Store, qtbot: Any, manager: Any, lang: str, people: int,
                          folder: Any, monkeypatch: Any) -> tuple[Any, Any]:
    """The Consent page (and the group) in ``lang`` over a focus group of ``people`` who each consented on paper, the
    first record chosen, its print buttons writing into ``folder`` (the folder dialog answered)."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.consent.page import ConsentPage

    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, people, language=lang)
    with store.session() as s:
        template = consent.template_for(s, "session-consent", lang)
        assert template is not None
        template_id = template.id
    for person in group.participants:
        consent.record_consent(store, person, group.session_id, template_id, all_yes(template_id, store),
                               "paper", facilitator="F1")
    manager.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.register.rowCount() == people, timeout=5000)
    page.select_record(page.register.rows[0].record_id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    return page, group


def consent_recorded(store: Store) -> tuple[str, str, str]:
    """A participant's consent (participate and quote) taken on paper at a focus group on ``store``'s own
    form: (participant id, consent record id, session id)."""
    with store.transaction() as s:
        form = ConsentTemplate(template_key="fg", version=1, language="ar", title="استمارة", published=True)
        person = Participant(code="BSR-FG01-P01", real_name="زينب")
        session = Session(kind="focus_group", title="جلسة البصرة")
        s.add_all([form, person, session])
        s.flush()
        record = ConsentRecord(participant_id=person.id, template_id=form.id, session_id=session.id,
                               answers={"participate": True, "quote": True}, method="paper", facilitator="F1",
                               recorded_at="2025-10-01T10:00:00+03:00")
        s.add(record)
        s.flush()
        return person.id, record.id, session.id
