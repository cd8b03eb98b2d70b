"""What every table of the store is declared with: the declarative base and its naming convention,
the id and clock column types, and ``Synced``, the base of every row that travels in bundles
(``models.py`` holds those rows, ``local_tables.py`` the rows that describe this database only)."""

# No ``from __future__ import annotations`` here: SQLAlchemy reads every ``Mapped[...]`` annotation
# when a class is declared; as objects they cost nothing more (see models.py).

from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desktop.core.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)
HLC = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced(Base):
    """Abstract base of every row that travels in bundles."""

    __abstract__ = True
    #: Fields holding long free text: a concurrent edit of one is a conflict for a person to resolve.
    __long_text__: ClassVar[tuple[str, ...]] = ()

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    created_at: Mapped[str] = mapped_column(HLC, default="")
    updated_at: Mapped[str] = mapped_column(HLC, default="")
    origin_device: Mapped[str] = mapped_column(ID, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    versions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    #: Columns that are bookkeeping, not content: never copied field by field into a change.
    BOOKKEEPING: ClassVar[frozenset[str]] = frozenset(
        {"id", "created_at", "updated_at", "origin_device", "versions"}
    )
