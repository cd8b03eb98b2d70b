"""Working alone is a full mode: a built-in consent form in ar, ckb and en, consent and speech
without a team, and joining a team later from the app, after which the work travels."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import builtin_consent, consent
from desktop.core.db import Store
from desktop.core.models import ConsentRecord, Session
from desktop.i18n.catalogue import translate
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file
from desktop.sync.team import create_team
from desktop.sync.team_file import read_team_file
from desktop.ui.context import AppContext
from desktop.ui.sync.join_dialog import JoinTeamDialog
from tests.conftest import PASSPHRASE
from tests.consent_helpers import all_yes, focus_group, tiny_png
from tests.stores import fresh_store


def test_built_in_form_in_three_languages_with_its_clauses(store: Store) -> None:
    assert builtin_consent.install(store) == 1
    assert builtin_consent.install(store) is None  # never a second copy
    with store.session() as s:
        forms = {t.language: t for t in consent.templates(s, builtin_consent.BUILTIN_KEY)}
        assert set(forms) == {"ar", "ckb", "en"}
        for lang, tpl in forms.items():
            assert tpl.published and tpl.version == 1
            keys = [c.clause_key for c in consent.clauses(s, tpl.id)]
            assert keys == ["participate", "quote", "audio", "share"], lang
        kurdish = [c.text for c in consent.clauses(s, forms["ckb"].id)]
        english = [c.text for c in consent.clauses(s, forms["en"].id)]
    # The Kurdish form is Kurdish, read from the catalogue, and not a copy of the English one.
    assert forms["ckb"].title == translate("ckb", "BuiltinConsentForm", forms["en"].title) != forms["en"].title
    assert all(any(ch in text for ch in "ڕڵۆێە") for text in kurdish)
    assert not set(kurdish) & set(english)


def test_lone_facilitator_records_consent_with_the_built_in_form(store: Store) -> None:
    builtin_consent.install(store)
    fg = focus_group(store, n=1, language="ckb")
    with store.session() as s:
        tpl = consent.template_for_participant(s, fg.participants[0])
    assert tpl is not None and tpl.language == "ckb"
    consent.record_consent(store, fg.participants[0], fg.session_id, tpl.id, all_yes(tpl.id, store),
                           "on_screen", signature_png=tiny_png(), facilitator="Shilan")
    with store.session() as s:
        assert consent.consent_problems(s, fg.session_id) == []


def test_join_a_team_later_and_the_work_travels(tmp_path: Path, qtbot: QtBot, make_ctx) -> None:  # type: ignore[no-untyped-def]
    centre = fresh_store(tmp_path / "centre.db", PASSPHRASE, "centre")
    team_file, identity = tmp_path / "team.majlis-team", tmp_path / "team.key"
    create_team(centre, name="Elections law cohort", team_file=team_file, identity_file=identity)
    field = fresh_store(tmp_path / "field.db", PASSPHRASE, "Erbil laptop 1")
    try:
        builtin_consent.install(field)
        fg = focus_group(field, n=1, language="ckb", title="گفتوگۆی هەولێر")
        with field.session() as s:
            tpl = consent.template_for_participant(s, fg.participants[0])
        assert tpl is not None
        consent.record_consent(field, fg.participants[0], fg.session_id, tpl.id, all_yes(tpl.id, field),
                               "on_screen", signature_png=tiny_png(), facilitator="Shilan")

        ctx = make_ctx(field)
        dialog = JoinTeamDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.join_button.isEnabled()
        assert dialog.load(team_file)
        expected = read_team_file(team_file).central_key_fingerprint
        assert dialog.fingerprint.text() == expected and dialog.fingerprint.isVisible()
        assert "Elections law cohort" in dialog.team_label.text()
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.join_button.click()
        assert dialog.joined_team_id is not None

        result = export_bundle(field, tmp_path / "first.majlis")
        assert result is not None
        from desktop.sync.devices import preregister  # the laptop on the centre's roster, as at hand-over
        from desktop.sync.keys import public_key_b64
        from desktop.sync.team import device_signing_key

        preregister(centre, field.device_id, public_key_b64(device_signing_key(field)[0]), "Erbil laptop 1")
        outcomes = import_files(centre, [result.path], load_identity_file(identity))
        assert [o.status for o in outcomes] == ["imported"], [(o.code, o.message) for o in outcomes]
        with centre.session() as s:
            assert s.get(Session, fg.session_id) is not None
            records = s.scalars(select(ConsentRecord)).all()
            assert [r.participant_id for r in records] == fg.participants
            # The form travelled with the records that point at it.
            assert consent.templates(s, builtin_consent.BUILTIN_KEY)
        assert ctx.tasks.drain(5000)
    finally:
        field.close()
        centre.close()


def test_a_bad_team_file_is_one_translated_line(tmp_path: Path, qtbot: QtBot, ctx: AppContext) -> None:
    bogus = tmp_path / "team.majlis-team"
    bogus.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = JoinTeamDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.load(bogus)
    assert not dialog.join_button.isEnabled()
    assert dialog.error.text() and "\n" not in dialog.error.text() and "Traceback" not in dialog.error.text()
