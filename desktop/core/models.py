"""SQLAlchemy 2 typed models.

Two families of tables:

* ``Synced`` rows (sessions, participants, transcripts, codes, consent...) carry a UUID key, HLC
  ``created_at``/``updated_at``, the device that created them, a tombstone flag and the HLC of every
  field (``versions``) for field-level last-writer-wins. Every insert, update and tombstone of them is
  written to the change log in the same transaction (see ``changes.py``); they are never hard-deleted.
* Local rows (this device's identity, the team it belongs to, the change log itself, bundle receipts,
  merge conflicts, settings) describe this database and never travel as row changes.

Only portable SQLAlchemy types are used: the same models run on PostgreSQL at the centre.

References between synced rows (``session_id``, ``participant_id``...) are plain indexed columns, not
database foreign keys: bundles arrive in any order, so a transcript turn may legitimately land before
the session it belongs to. A reference that stays dangling shows up as a gap in the sequence numbers
received from its device, which the Sync screen reports.
"""

# No ``from __future__ import annotations`` here: SQLAlchemy reads every ``Mapped[...]`` annotation
# when a class is declared, and with string annotations it evaluates each of them (about 400) with
# ``eval`` at every start of the app and of majlis-cli; as objects they cost nothing more (about a
# third of this module's import time, which is most of a command's start-up after SQLAlchemy itself).

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.advocacy_tables import (
    EvidenceLink,
    OutreachEvent,
    Recommendation,
    RecommendationStatus,
    Survey,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponseBlock,
)
from desktop.core.local_tables import (
    BundleReceipt,
    ChangeLog,
    Conflict,
    Device,
    ExportRecord,
    HeldBundle,
    HeldBundleChunk,
    LocalState,
    RejectedDevice,
    ReportedForm,
    RevokedKey,
    Team,
)
from desktop.core.model_base import HLC, ID, NAMING, Base, Synced

# --- the organisation's world -------------------------------------------------------------------


class Organisation(Synced):
    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="cso")  # cso|federation|media|legislative|executive
    governorate: Mapped[str] = mapped_column(String(40), default="")


class Participant(Synced):
    __tablename__ = "participant"
    code: Mapped[str] = mapped_column(String(40), index=True)  # pseudonym, e.g. BSR-FG03-P04
    real_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    gender: Mapped[str] = mapped_column(String(20), default="")
    age_band: Mapped[str] = mapped_column(String(20), default="")
    governorate: Mapped[str] = mapped_column(String(40), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    setting: Mapped[str] = mapped_column(String(20), default="")  # urban|rural
    occupation: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(8), default="ar")
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reconsent_needed: Mapped[bool] = mapped_column(Boolean, default=False)


class Session(Synced):
    """A roundtable or a focus group (named ``Session`` as in the field; not an ORM session)."""

    __tablename__ = "session"
    __long_text__ = ("summary",)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # roundtable|focus_group
    title: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[Any] = mapped_column(Date, nullable=True, index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # HH:MM, local time of the venue
    end_time: Mapped[str] = mapped_column(String(5), default="")
    governorate: Mapped[str] = mapped_column(String(40), default="", index=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(8), default="ar")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    note_taker: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)  # draft|final|locked
    number: Mapped[int] = mapped_column(Integer, default=0)  # per governorate and kind, for pseudonyms
    summary: Mapped[str] = mapped_column(Text, default="")


class Attendance(Synced):
    __tablename__ = "attendance"
    session_id: Mapped[str] = mapped_column(ID, index=True)
    participant_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    organisation_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    role: Mapped[str] = mapped_column(String(60), default="")
    seat: Mapped[int] = mapped_column(Integer, default=0)


class AgendaItem(Synced):
    __tablename__ = "agenda_item"
    __long_text__ = ("notes",)
    session_id: Mapped[str] = mapped_column(ID, index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    title: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Decision(Synced):
    __tablename__ = "decision"
    __long_text__ = ("text",)
    session_id: Mapped[str] = mapped_column(ID, index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Synced):
    __tablename__ = "action_item"
    session_id: Mapped[str] = mapped_column(ID, index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    what: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[Any] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open|in_progress|done|dropped


class TranscriptTurn(Synced):
    __tablename__ = "transcript_turn"
    #: Where each participant speaks, without reading every turn (an import's speakers: migration 0015).
    __table_args__ = (Index("ix_transcript_turn_speaker", "participant_id", "session_id",
                            sqlite_where=text("participant_id IS NOT NULL")),)
    __long_text__ = ("text",)
    session_id: Mapped[str] = mapped_column(ID, index=True)
    position: Mapped[float] = mapped_column(Float, default=0.0)
    #: None means the facilitator speaks.
    participant_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    timestamp: Mapped[str] = mapped_column(String(12), default="")  # offset into the session, H:MM:SS


# --- coding -------------------------------------------------------------------------------------


class Code(Synced):
    __tablename__ = "code"
    parent_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    name_ar: Mapped[str] = mapped_column(String(200), default="")
    name_ckb: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    colour: Mapped[str] = mapped_column(String(9), default="#f4b400")
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    examples: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)
    #: When two codes are merged, the absorbed one points at the survivor (kept as a tombstone).
    merged_into: Mapped[str | None] = mapped_column(ID, nullable=True)


class CodedSegment(Synced):
    """A span of a document field coded with a code. Offsets count Unicode code points."""

    __tablename__ = "coded_segment"
    __long_text__ = ("memo",)
    code_id: Mapped[str] = mapped_column(ID, index=True)
    doc_table: Mapped[str] = mapped_column(String(40))  # transcript_turn|agenda_item|decision|session
    doc_id: Mapped[str] = mapped_column(ID, index=True)
    doc_field: Mapped[str] = mapped_column(String(40), default="text")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    coder: Mapped[str] = mapped_column(String(200), default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    #: The coded text when it was coded: lets an edit of the source re-anchor or flag the segment.
    quote: Mapped[str] = mapped_column(Text, default="")
    #: Set when an edit of the source text made the span uncertain (see coding.text_changed).
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)


class Memo(Synced):
    __tablename__ = "memo"
    __long_text__ = ("text",)
    target_table: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str] = mapped_column(ID, default="", index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")


# --- consent ------------------------------------------------------------------------------------


class ConsentTemplate(Synced):
    __tablename__ = "consent_template"
    template_key: Mapped[str] = mapped_column(String(60), index=True)  # the same form across versions
    version: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(8), default="ar")
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    signature_meaning: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[bool] = mapped_column(Boolean, default=False)


class ConsentClause(Synced):
    __tablename__ = "consent_clause"
    template_id: Mapped[str] = mapped_column(ID, index=True)
    clause_key: Mapped[str] = mapped_column(String(40))  # participate|audio|quote|photo|share|contact
    text: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[float] = mapped_column(Float, default=0.0)


class ConsentRecord(Synced):
    __tablename__ = "consent_record"
    participant_id: Mapped[str] = mapped_column(ID, index=True)
    session_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    template_id: Mapped[str] = mapped_column(ID)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # clause_key -> bool
    method: Mapped[str] = mapped_column(String(30), default="")  # on_screen|paper|verbal_witness|thumbprint_witness
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    paper_scan: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    witness: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[str] = mapped_column(String(32), default="")  # ISO 8601 local time with offset
    withdrawn_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    withdrawal_scope: Mapped[str | None] = mapped_column(String(20), nullable=True)  # all|quotes


class AuditEvent(Synced):
    """Acts that are not plain edits: finalising, unlocking with a reason, resolving a conflict."""

    __tablename__ = "audit_event"
    session_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")


class Erasure(Synced):
    """A content-free fact that travels: this participant's words or identity were destroyed.

    ``scope`` "all" (a full withdrawal) erases the participant's speech, the quotes of it, their
    signatures, scans, name and phone; "identity" (the end of a study) erases names, phones,
    signatures and scans only. An identity erasure with an empty ``participant_id`` covers every
    participant created before it (``created_at``) but those named in ``kept`` (a retention run: the
    participants of sessions not yet held, decided once by the device that made the run; empty in a run
    made before the list existed). Every device and the centre that hold this row keep the erased
    fields erased whatever arrives later (see ``desktop.core.erasure``).
    """

    __tablename__ = "erasure"
    participant_id: Mapped[str] = mapped_column(ID, default="", index=True)
    scope: Mapped[str] = mapped_column(String(20), default="all")  # all|identity
    erased_on: Mapped[str] = mapped_column(String(32), default="")  # ISO date of the withdrawal or run
    reason: Mapped[str] = mapped_column(String(500), default="")
    #: Participant ids a retention run leaves out (ids only; at most ``retention_kept.KEPT_MAX``).
    kept: Mapped[list[str]] = mapped_column(JSON, default=list)


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Organisation,
    Participant,
    Session,
    Attendance,
    AgendaItem,
    Decision,
    ActionItem,
    TranscriptTurn,
    Code,
    CodedSegment,
    Memo,
    ConsentTemplate,
    ConsentClause,
    ConsentRecord,
    AuditEvent,
    Erasure,
    Recommendation,
    RecommendationStatus,
    EvidenceLink,
    Survey,
    SurveyQuestion,
    SurveyChoice,
    SurveyResponseBlock,
    OutreachEvent,
)
MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}

# What this module exports: its synced rows, the advocacy rows, and the local tables and the base
# declared beside them (advocacy_tables.py, local_tables.py, model_base.py), imported from here as
# before they had modules of their own.
__all__ = [
    "ActionItem",
    "AgendaItem",
    "Attendance",
    "AuditEvent",
    "Base",
    "BundleReceipt",
    "ChangeLog",
    "Code",
    "CodedSegment",
    "Conflict",
    "ConsentClause",
    "ConsentRecord",
    "ConsentTemplate",
    "Decision",
    "Device",
    "Erasure",
    "EvidenceLink",
    "ExportRecord",
    "HLC",
    "HeldBundle",
    "HeldBundleChunk",
    "ID",
    "LocalState",
    "MODEL_BY_TABLE",
    "Memo",
    "NAMING",
    "Organisation",
    "OutreachEvent",
    "Participant",
    "Recommendation",
    "RecommendationStatus",
    "RejectedDevice",
    "ReportedForm",
    "RevokedKey",
    "SYNCED_MODELS",
    "Session",
    "Survey",
    "SurveyChoice",
    "SurveyQuestion",
    "SurveyResponseBlock",
    "Synced",
    "Team",
    "TranscriptTurn",
]
