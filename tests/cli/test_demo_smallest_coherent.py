"""`majlis-cli demo --sessions 1` made one roundtable: no participant, no transcript turn, no consent
record, and the four recommendations it adds ("adopted", "presented"…) were supported by nobody
(`participants 0, sessions 0` each) and their evidence brief had no quote at all, while README promises
"the whole path from a quote to a policy". The one session of the smallest demo is now a focus group
(larger demos are unchanged: a roundtable every third session, from the first). Checked on a real demo
database: every coded segment points inside text that exists and quotes it exactly, the people have
consent records, and the brief quotes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.db import open_store
from desktop.core.models import (
    AgendaItem,
    CodedSegment,
    ConsentRecord,
    Participant,
    Session,
    TranscriptTurn,
)
from tests.cli_run import run
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize("seed", ["1", "2", "3"])
def test_the_smallest_demo_goes_from_a_quote_to_a_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         seed: str) -> None:
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "1", "--seed", seed)
    assert code == 0 and out.startswith("demo data: 1 session, "), (out, err)

    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            (session,) = s.execute(select(Session)).scalars()
            segments = list(s.execute(select(CodedSegment)).scalars())
            assert segments
            for segment in segments:
                document = (s.get(TranscriptTurn, segment.doc_id) if segment.doc_table == "transcript_turn"
                            else s.get(AgendaItem, segment.doc_id) if segment.doc_table == "agenda_item" else None)
                assert document is not None and document.session_id == session.id, segment.doc_id
                text = getattr(document, segment.doc_field)
                assert 0 <= segment.start < segment.end <= len(text), (segment.start, segment.end, len(text))
                assert text[segment.start:segment.end] == segment.quote
            people = s.scalar(select(func.count()).select_from(Participant))
            consents = s.scalar(select(func.count()).select_from(ConsentRecord))
            spoken = s.scalar(select(func.count()).select_from(TranscriptTurn)
                              .where(TranscriptTurn.participant_id.is_not(None)))
    finally:
        store.close()
    assert people and consents == people and spoken, (people, consents, spoken)

    code, out, err = run(capsys, "recommendations", "list", "--db", db)
    assert code == 0, err
    supporters = [int(n) for n in re.findall(r"participants (\d+), sessions", out)]
    assert len(supporters) == 4 and any(supporters), out
    code, out, err = run(capsys, "export", "brief", "--db", db, "--out", tmp_path / "brief.pdf")
    assert code == 0 and re.search(r", [1-9]\d* quotes?$", out.strip()), (out, err)
