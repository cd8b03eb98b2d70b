"""Local bookkeeping: the rows that describe this database and never travel as row changes (this
device's state, its team and roster, held and rejected bundles, the change log itself, bundle
receipts, merge conflicts, what was exported where). Re-exported by ``models.py``."""

# No ``from __future__ import annotations`` here: SQLAlchemy reads every ``Mapped[...]`` annotation
# when a class is declared; as objects they cost nothing more (see models.py).

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.ids import new_id
from desktop.core.model_base import HLC, ID, Base
from desktop.core.roles import FIELD


class LocalState(Base):
    """Key/value facts about this database: device id, epoch, preferences of this installation."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Team(Base):
    __tablename__ = "team"
    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    governorates: Mapped[list[str]] = mapped_column(JSON, default=list)
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)  # age X25519 public keys
    central_verify_key: Mapped[str] = mapped_column(String(100), default="")  # Ed25519, base64
    central_signing_key: Mapped[str | None] = mapped_column(Text, nullable=True)  # only at the centre
    attribute_definitions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    codebook_version: Mapped[int] = mapped_column(Integer, default=0)
    update_sequence: Mapped[int] = mapped_column(Integer, default=0)
    is_central: Mapped[bool] = mapped_column(Boolean, default=False)


class Device(Base):
    """A device known to this database: itself, or (at the centre) a device on the roster.

    At the centre this table is the roster: bundles are applied only from devices listed here
    (pre-registered or approved); the others wait in ``held_bundle``. ``name`` is the centre's own
    label: a bundle's device name fills it only while it is empty.
    """

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(100), default="")  # Ed25519, base64
    signing_key: Mapped[str | None] = mapped_column(Text, nullable=True)  # only for this device
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen: Mapped[str] = mapped_column(String(32), default="")
    last_bundle_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    preregistered: Mapped[bool] = mapped_column(Boolean, default=False)
    #: field: may change only the rows it created; coordinator: may change any row (not published ones).
    role: Mapped[str] = mapped_column(String(20), default=FIELD, server_default=FIELD)


class HeldBundle(Base):
    """A verified bundle from a device not on the roster, kept unapplied until a coordinator decides.

    Its decrypted, verified ZIP is in ``held_bundle_chunk`` (inside the encrypted database, like
    everything else), a piece per row.
    """

    __tablename__ = "held_bundle"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device_id: Mapped[str] = mapped_column(ID, index=True)
    device_name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(100), default="")
    epoch: Mapped[int] = mapped_column(Integer, default=0)
    seq_from: Mapped[int] = mapped_column(Integer, default=0)
    seq_to: Mapped[int] = mapped_column(Integer, default=0)
    change_count: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[str] = mapped_column(String(32), default="")


class RejectedDevice(Base):
    """A waiting device a coordinator rejected: its bundles are refused, never held again.

    ``id`` is the waiting number that was rejected (``device approve`` of it undoes the rejection).
    Only what identifies the device: no name, nothing it sent (that was discarded).
    """

    __tablename__ = "rejected_device"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    device_id: Mapped[str] = mapped_column(ID)
    public_key: Mapped[str] = mapped_column(String(100), unique=True)
    rejected_at: Mapped[str] = mapped_column(String(32))


class ReportedForm(Base):
    """At the centre: a form text a device's bundle named as held there (its manifest's ``forms``): the
    team's form texts the laptops hold, by id. A centre restored from an older backup onto another
    computer learns from them the versions it published and lost, so it never numbers a new version
    like one of them (``published_forms.lost_forms``). No words, nothing about people."""

    __tablename__ = "reported_form"
    # Kept per reporting device, at most FORMS_MAX each (``note_reported``): a laptop naming ever new ids
    # in every bundle cannot grow the table past that.
    device_id: Mapped[str] = mapped_column(ID, primary_key=True)
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the form text's (consent_template) id
    template_key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))


class RevokedKey(Base):
    """A device's signing key the centre took off its roster (the laptop lost or stolen): a bundle
    signed with it is refused, whatever device it names; what it sent before stays applied.

    The device stays on the roster under its id (its rows are still its own), revoked while its key
    is listed here; approving a new key for it (its restored database signing anew) puts it back.
    Only what identifies the key: no name, nothing it sent.
    """

    __tablename__ = "revoked_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID)
    public_key: Mapped[str] = mapped_column(String(100), unique=True)
    revoked_at: Mapped[str] = mapped_column(String(32))


class HeldBundleChunk(Base):
    """One piece of a held bundle's archive, in order of ``number`` (``desktop/sync/held_archive.py``).

    Kept in pieces of about a megabyte, each written and read by its own statement: one statement
    binding or fetching a whole archive of a few hundred megabytes held Python's interpreter lock for
    the whole copy, and froze the coordinator's window (seconds) although the import ran on a thread.
    No foreign key: a table rebuild of ``held_bundle`` (Alembic's batch mode) would otherwise cascade
    or fail; the only two places that delete held bundles delete their pieces with them.
    """

    __tablename__ = "held_bundle_chunk"
    held_bundle_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ChangeLog(Base):
    """One insert, update or tombstone of a synced row, by a device, in its own sequence."""

    __tablename__ = "change_log"
    __table_args__ = (
        UniqueConstraint("device_id", "epoch", "seq", name="uq_change_log_device_epoch_seq"),
        Index("ix_change_log_entity_row", "entity", "row_id"),
        # Per device, not one time order over all: ``log_stamps`` (migration 0014).
        Index("ix_change_log_device_hlc", "device_id", "hlc"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ID)
    #: A new epoch starts when a database is restored from a backup, so sequence numbers never repeat.
    epoch: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(HLC)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(ID)
    op: Mapped[str] = mapped_column(String(10))  # insert|update|delete
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: For long text fields: the version (HLC) each edit started from, to detect concurrent edits.
    base: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    received: Mapped[bool] = mapped_column(Boolean, default=False)  # came in a bundle


class BundleReceipt(Base):
    __tablename__ = "bundle_receipt"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    bundle_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="changes")
    device_id: Mapped[str] = mapped_column(ID, default="")
    epoch: Mapped[str] = mapped_column(String(16), default="")
    seq_from: Mapped[int] = mapped_column(Integer, default=0)
    seq_to: Mapped[int] = mapped_column(Integer, default=0)
    change_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[str] = mapped_column(String(32), default="")
    direction: Mapped[str] = mapped_column(String(3), default="in")  # in|out


class Conflict(Base):
    """Two concurrent versions of a long text field, kept until a person decides."""

    __tablename__ = "conflict"
    __table_args__ = (UniqueConstraint("entity", "row_id", "field", "version_a", "version_b"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(40))
    version_a: Mapped[str] = mapped_column(HLC)  # the lower HLC of the two
    value_a: Mapped[str] = mapped_column(Text, default="")
    version_b: Mapped[str] = mapped_column(HLC)
    value_b: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open|resolved
    resolution: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


class ExportRecord(Base):
    """A file this database wrote that holds participants' data: what, when, where.

    Kept locally (a path on this laptop means nothing elsewhere) so that an erasure can name the
    copies it cannot reach: workbooks, REFI-QDA projects, PDFs, bundles and backups.
    """

    __tablename__ = "export_record"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # xlsx|qdpx|pdf|bundle|backup
    path: Mapped[str] = mapped_column(Text, default="")
    made_at: Mapped[str] = mapped_column(String(32), default="")  # UTC ISO 8601
    hlc: Mapped[str] = mapped_column(HLC, default="")  # this database's clock when it was made
