"""A code matched by its guid on a codebook import is not renamed (or moved) into a twin.

A codebook brought from QualCoder is imported (its guids become our codes' ids); meanwhile a code of
some name is made here; the team renames (or moves) one of QualCoder's codes to that name and
imports the file again. The code matched by guid took the new name as it was, beside ours: two codes
of one name under one parent, which the codebook editor refuses (twins split an analyst's codings
between codes nobody can tell apart), and which the import already refuses for a code matched by name.
Now the code keeps the name (or the place) that would make a twin; the rest of what the file says is
taken, and a rename that makes no twin still is.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import codebook
from desktop.core.db import Store
from desktop.core.models import Code
from desktop.exports import refi_qda

LAW, WOMEN, YOUTH = ("1d3b3f8e-6c2a-4b9e-9f1a-2b3c4d5e6f70", "2a3b3f8e-6c2a-4b9e-9f1a-2b3c4d5e6f71",
                     "3a3b3f8e-6c2a-4b9e-9f1a-2b3c4d5e6f72")


def qdc(law: str, women: str, youth: str, *, youth_under_law: bool = False, law_colour: str = "#112233") -> bytes:
    youth_el = f'<Code guid="{YOUTH}" name="{youth}" isCodable="true"/>'
    return (f'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="{refi_qda.NS}" origin="QualCoder"><Codes>'
            f'<Code guid="{LAW}" name="{law}" isCodable="true" color="{law_colour}">'
            f'<Description>Laws and rules</Description>{youth_el if youth_under_law else ""}</Code>'
            f'<Code guid="{WOMEN}" name="{women}" isCodable="true"/>'
            f'{"" if youth_under_law else youth_el}'
            "</Codes></CodeBook>").encode()


def tree(store: Store) -> list[tuple[str, str]]:
    """(parent's English name, English name) of every live code, sorted."""
    with store.session() as s:
        live = codebook.live_codes(s)
        by_id = {c.id: c for c in live}
        return sorted((by_id[c.parent_id].name_en if c.parent_id in by_id else "", c.name_en) for c in live)


def first_import_then_ours(store: Store) -> None:
    with store.transaction() as s:
        refi_qda.import_codebook(s, qdc("Election law", "Women", "Youth"))
    with store.transaction() as s:
        quota = codebook.create_code(s, name_en="Quota")  # made here meanwhile
        codebook.create_code(s, name_en="Youth", parent_id=s.get(Code, LAW).id)
        assert quota.id not in (LAW, WOMEN, YOUTH)


def test_a_code_renamed_to_a_siblings_name_keeps_its_own(store: Store) -> None:
    first_import_then_ours(store)
    with store.transaction() as s:
        refi_qda.import_codebook(s, qdc("Quota", "Women in politics", "Youth", law_colour="#445566"))
    assert tree(store) == [("", "Election law"), ("", "Quota"), ("", "Women in politics"), ("", "Youth"),
                           ("Election law", "Youth")]
    with store.session() as s:
        law = s.get(Code, LAW)
        assert law is not None and law.colour.lower().startswith("#445566")  # the rest is taken
        assert len(s.scalars(select(Code).where(Code.name_en == "Quota", Code.deleted.is_(False))).all()) == 1


def test_a_code_moved_beside_its_namesake_stays_where_it_was(store: Store) -> None:
    first_import_then_ours(store)
    with store.transaction() as s:
        refi_qda.import_codebook(s, qdc("Election law", "Women", "Youth", youth_under_law=True))
    assert tree(store) == [("", "Election law"), ("", "Quota"), ("", "Women"), ("", "Youth"),
                           ("Election law", "Youth")]


def test_a_rename_that_makes_no_twin_is_taken(store: Store) -> None:
    first_import_then_ours(store)
    with store.transaction() as s:
        refi_qda.import_codebook(s, qdc("Electoral law", "Women", "Young people", youth_under_law=True))
    assert tree(store) == [("", "Electoral law"), ("", "Quota"), ("", "Women"), ("Electoral law", "Young people"),
                           ("Electoral law", "Youth")]
