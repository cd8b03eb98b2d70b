"""A focus group whose words, names, phones and signatures a test can look for, byte by byte."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import coding, consent
from desktop.core.db import Store
from desktop.core.models import Code
from desktop.core.sqlcipher_file import derive_key, raw_connect

from .conftest import PASSPHRASE
from .consent_helpers import add_turn, all_yes, focus_group, template_texts, tiny_png

if TYPE_CHECKING:
    from desktop.sync.export import ExportResult
    from desktop.sync.roster import PendingDevice

    from .sync_helpers import Team

# Distinct words that appear nowhere else in a database: a hit in the bytes is a leak.
SPEECH = "قالت زهراوية الأهوار إن الماء المالح قتل جاموسها كله"
SPEECH_KU = "ژنەکە گوتی ئاوی خوێ هەموو گامێشەکانی کوشت"
NAME = "زهراوية عبدالكريم الساعدي"
PHONE = "07719283746"
SIGNATURE = tiny_png() + b"ZAHRAWIYA-SIGNATURE-BYTES" * 4
SCAN = b"%PDF-1.4 ZAHRAWIYA-PAPER-SCAN " * 8
OTHER_SPEECH = "تحدث المشارك الآخر عن انتخابات مجلس المحافظة"


@dataclass
class Study:
    session_id: str
    withdrawn: str  # participant id whose words the tests erase
    other: str
    pseudonym: str
    turns: list[str]
    segment: str


def fragments() -> list[bytes]:
    """What must never be found after the erasure: whole strings and pieces of them."""
    out: list[bytes] = []
    for text in (SPEECH, SPEECH_KU, NAME):
        words = text.split()
        out += [text.encode(), *(w.encode() for w in words if len(w) >= 5)]
    out += [PHONE.encode(), PHONE[3:].encode(), b"ZAHRAWIYA-SIGNATURE-BYTES", b"ZAHRAWIYA-PAPER-SCAN"]
    return out


def make_study(store: Store) -> Study:
    fg = focus_group(store, 2)
    version = consent.publish_version(store, "session-consent", template_texts())
    del version
    with store.session() as s:
        template_id = consent.template_for(s, "session-consent", "ar").id
    consent.record_consent(store, fg.participants[0], fg.session_id, template_id, all_yes(template_id, store),
                           "on_screen", signature_png=SIGNATURE, facilitator="F1")
    consent.record_consent(store, fg.participants[0], None, template_id, all_yes(template_id, store),
                           "paper", paper_scan=SCAN, facilitator="F1")
    consent.record_consent(store, fg.participants[1], fg.session_id, template_id, all_yes(template_id, store),
                           "on_screen", signature_png=tiny_png(), facilitator="F1")
    with store.transaction() as s:
        from desktop.core.models import Participant

        person = s.get(Participant, fg.participants[0])
        assert person is not None
        person.real_name = NAME
        person.phone = PHONE
        code = Code(name_ar="المياه", name_en="water")
        s.add(code)
        s.flush()
        code_id = code.id
    t1 = add_turn(store, fg.session_id, fg.participants[0], SPEECH, 1.0)
    add_turn(store, fg.session_id, fg.participants[1], OTHER_SPEECH, 2.0)
    t3 = add_turn(store, fg.session_id, fg.participants[0], SPEECH_KU, 3.0)
    with store.transaction() as s:
        # An edit keeps the first words in the change log only: history must be erased too.
        from desktop.core.models import TranscriptTurn

        turn = s.get(TranscriptTurn, t1)
        assert turn is not None
        turn.text = SPEECH + " والقصب"
    with store.transaction() as s:
        segment = coding.apply_code(s, code_id, "transcript_turn", t1, "text", 0, 20, "coder A")
        seg_id = segment.id
    return Study(fg.session_id, fg.participants[0], fg.participants[1], fg.codes[0], [t1, t3], seg_id)


def plaintext_copy(db: Path, out: Path, passphrase: str = PASSPHRASE) -> bytes:
    """SQLCipher's own export of the whole database into an unkeyed file; its bytes. The connection is
    keyed with the key ``derive_key`` gives (as the app's own connections are), not the passphrase,
    which SQLCipher derives again in C at each call (~0.2 s of CPU, never remembered)."""
    conn = raw_connect(db, passphrase, raw_key=derive_key(db, passphrase))
    try:
        conn.execute(f"ATTACH DATABASE '{out}' AS plaintext KEY ''")
        # A file read back at once and thrown away: no journal, no waiting for the disk (an fsync per
        # page on a busy machine: seconds); the rows written, and so the bytes read, are the same.
        conn.execute("PRAGMA plaintext.journal_mode = OFF")
        conn.execute("PRAGMA plaintext.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    data = out.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")
    return data


def leaks(data: bytes) -> list[bytes]:
    return [f for f in fragments() if f in data]


def raw_pages(db: Path, passphrase: str = PASSPHRASE) -> bytes:
    """Every page of the encrypted file and of its write-ahead log, decrypted, free pages included.

    ``sqlcipher_export`` copies only what the database still holds; erased words could also linger
    in freed pages or old log frames. This reads the bytes themselves with SQLCipher 4's default
    layout (checked in the test that uses it: the words are found before the erasure): key =
    PBKDF2-HMAC-SHA512(passphrase, the file's first 16 bytes, 256,000 rounds); each 4096-byte page
    is AES-256-CBC with its IV in the 80 reserved bytes at its end (IV, then HMAC); page 1 starts
    after the salt.
    """
    import hashlib

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    size, reserve = 4096, 80
    data = db.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), data[:16], 256_000, 32)

    def page(raw: bytes, number: int) -> bytes:
        start = 16 if number == 1 else 0
        iv = raw[size - reserve : size - reserve + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return dec.update(raw[start : size - reserve]) + dec.finalize()

    out = [page(data[i : i + size], i // size + 1) for i in range(0, len(data) - size + 1, size)]
    wal = Path(f"{db}-wal")
    if wal.exists():
        log = wal.read_bytes()
        for offset in range(32, len(log) - 24 - size + 1, 24 + size):
            number = int.from_bytes(log[offset : offset + 4], "big")
            out.append(page(log[offset + 24 : offset + 24 + size], number))
    return b"".join(out)


# A device not on the roster: its name, and the name and phone it records (never to be shown).
STRANGER_DEVICE = "spare laptop"
STRANGER_NAME = "حمدية خضير العبودي"
STRANGER_PHONE = "07801234567"


def stranger_bundle(folder: Path, team_file: Path, name: str = STRANGER_DEVICE) -> Path:
    """A laptop that joined with the team file but is not on the centre's roster records a
    participant (with a name and phone) and exports a bundle: the centre holds it."""
    from desktop.core.models import Participant
    from desktop.sync.export import export_bundle
    from desktop.sync.team import join_team

    from .stores import fresh_store

    store = fresh_store(folder / f"{name}.db", PASSPHRASE, name)
    try:
        join_team(store, team_file)
        with store.transaction() as s:
            s.add(Participant(code=f"NIN-{name[:3].upper()}-P01", real_name=STRANGER_NAME, phone=STRANGER_PHONE))
        made = export_bundle(store, folder / f"{name}.majlis")
        assert made is not None
    finally:
        store.close()
    return made.path


def hold_a_stranger_bundle(team: Team, folder: Path) -> PendingDevice:
    """The centre imports :func:`stranger_bundle` and holds it: its one entry in the waiting list."""
    from desktop.sync.importer import import_files
    from desktop.sync.roster import pending

    (outcome,) = import_files(team.centre, [stranger_bundle(folder, team.team_file)], team.identities)
    assert outcome.status == "held", outcome.message
    (waiting,) = pending(team.centre)
    return waiting


def known_at_the_centre(team: Team, folder: Path) -> Study:
    """The first laptop's study (``make_study``), sent in a bundle and imported at the centre."""
    from desktop.sync.export import export_bundle
    from desktop.sync.importer import import_files

    study = make_study(team.devices[0])
    sent = export_bundle(team.devices[0], folder / "first.majlis")
    assert sent is not None
    assert [o.status for o in import_files(team.centre, [sent.path], team.identities)] == ["imported"]
    return study


def withdrawn_on_the_laptop(team: Team, folder: Path, study: Study, scope: str = "all") -> ExportResult:
    """The study's participant withdrawn on the first laptop (``scope``: all, or quotes), and the bundle
    carrying it."""
    from desktop.core import withdrawal
    from desktop.sync.export import export_bundle

    withdrawal.withdraw_participant(team.devices[0], pseudonym=study.pseudonym, scope=scope, on="2026-11-30")
    bundle = export_bundle(team.devices[0], folder / f"withdrawal-{scope}.majlis")
    assert bundle is not None
    return bundle
