"""The checks of one set of fields written out as one function (``values.EntityChecks``'s hot path).

A day's import checks every field of tens of thousands of changes, which come with a handful of
different sets of fields (a transcript turn's insert, an edit of its text, a participant...). For each
table, operation and set of fields, the checks of its fields are written out once as one small Python
function, the way ``collections.namedtuple`` and ``dataclasses`` make their methods: the change's values
are unpacked and each field's common type is tested inline, with no loop, no spec unpacked and no kind
told apart per field (about a third of the time of the loop it replaces, measured on a day's import).

It does exactly what ``checked_each`` (the loop, which stays for a hostile bundle's endless
sets of fields) does, field by field in the same order: a required field empty, the type (the type's
own check, which names the problem, only when the inline test fails), the extra rule, then control
characters when the JSON text held an escape. The source is made only of the fields' positions and the
columns' limits (numbers from the schema), never of a bundle's content: a field's name reaches its
ValueProblem through a tuple.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

# How a field's common type is tested inline (values._fast_kind); SLOW: only by the type's own check.
SLOW, TEXT, BOOL, FLOAT, INT, IDENT = range(6)

#: A field's checks: (kind, limit, type check, extra rule or None, nullable, bad-character search or None).
Spec = tuple[int, int, Callable[[Any], "str | None"], "Callable[[Any], str | None] | None", bool,
             "Callable[[str], Any] | None"]

#: The inline test of each kind, for the value ``{v}`` and the column's limit ``{limit}``.
_TESTS = {
    TEXT: "type({v}) is str and len({v}) <= {limit}",
    BOOL: "type({v}) is bool",
    INT: "type({v}) is int and 0 <= {v} <= {limit}",
    FLOAT: "type({v}) is float and -{limit} <= {v} <= {limit}",  # NaN fails both
    # What values._ID matches, without the regular expression.
    IDENT: "type({v}) is str and 0 < len({v}) <= {limit} and {v}.isascii() and {v}.replace('-', '').isalnum()",
}


#: A checked text up to this long is handed back as the one string object the caller keeps for it
#: (``shared``): short texts repeat from change to change (ids of the session a turn belongs to, kinds,
#: places, dates, coders), and a bundle's records hold one object each, not one per change.
SHARED_LENGTH = 64

#: A change's values checked, as a tuple in the order of its fields (``compiled``).
Checked = Callable[[Any, bool, Callable[[str, str], str]], tuple[Any, ...]]


def compiled(entity: str, names: tuple[str, ...], specs: Sequence[Spec],
             problem: Callable[[str, str, str], Exception]) -> Checked:
    """The function ``check(values, escapes, shared)`` of the fields ``names`` (their ``specs``, in
    order): ``values`` the change's values in that order (``data.values()``), ``escapes`` whether its
    JSON text held a backslash. Raises ``problem(entity, field, phrase)`` for the first field that does
    not fit; else returns the values as a tuple, each text up to SHARED_LENGTH long as ``shared(text,
    text)`` gives it (a ``dict.setdefault``)."""
    space: dict[str, Any] = {"problem": problem, "entity": entity, "names": names}
    lines = ["def check(values, escapes, shared):"]
    if names:
        lines.append(f"    {''.join(f'v{i}, ' for i in range(len(names)))}= values")
    kept = []
    for i, (kind, limit, check, extra, nullable, characters) in enumerate(specs):
        kept.append(_kept(f"v{i}", kind))
        v = f"v{i}"
        space[f"check{i}"] = check
        body = []
        if kind == SLOW:
            body += [f"p = check{i}({v})"]
        else:
            body += [f"if not ({_TESTS[kind].format(v=v, limit=int(limit))}):", f"    p = check{i}({v})"]
        body += [f"{'    ' if kind != SLOW else ''}if p is not None: raise problem(entity, names[{i}], p)"]
        if extra is not None:
            space[f"extra{i}"] = extra
            body += [f"p = extra{i}({v})", f"if p is not None: raise problem(entity, names[{i}], p)"]
        if characters is not None:
            space[f"characters{i}"] = characters
            body += [f"if escapes and type({v}) is str and characters{i}({v}):",
                     f"    raise problem(entity, names[{i}], 'holds control characters')"]
        if nullable:
            lines += [f"    if {v} is not None:", *(f"        {line}" for line in body)]
        else:
            lines += [f"    if {v} is None: raise problem(entity, names[{i}], 'empty, but required')",
                      *(f"    {line}" for line in body)]
    lines.append(f"    return ({''.join(f'{value}, ' for value in kept)})")
    exec("\n".join(lines), space)  # source of positions and schema limits only (see above)
    made: Checked = space["check"]
    return made


def _kept(v: str, kind: int) -> str:
    """The expression of a checked value as the record keeps it: a short text shared."""
    if kind in (BOOL, INT, FLOAT):  # checked: None or a number, never a text
        return v
    return f"(shared({v}, {v}) if type({v}) is str and len({v}) <= {SHARED_LENGTH} else {v})"


def checked_each(entity: str, plan: Sequence[Spec], data: Mapping[str, Any], escapes: bool,
                 shared: Callable[[str, str], str], problem: Callable[[str, str, str], Exception]) -> tuple[Any, ...]:
    """What a ``compiled`` check does, field by field (``plan``: the specs of the fields of ``data``, in
    order): for the sets of fields that are not written out."""
    for spec, (name, value) in zip(plan, data.items(), strict=True):
        fast, limit, check, extra, nullable, characters = spec
        if value is None:
            if not nullable:
                raise problem(entity, name, "empty, but required")
            continue
        kind = type(value)
        if fast == TEXT:
            fits = kind is str and len(value) <= limit
        elif fast == BOOL:
            fits = kind is bool
        elif fast == INT:
            fits = kind is int and 0 <= value <= limit
        elif fast == FLOAT:
            fits = kind is float and -limit <= value <= limit  # NaN fails both
        elif fast == IDENT:  # what values._ID matches, without the regular expression in the common case
            fits = kind is str and 0 < len(value) <= limit and value.isascii() and value.replace("-", "").isalnum()
        else:
            fits = False
        if not fits:
            said = check(value)
            if said is not None:
                raise problem(entity, name, said)
        if extra is not None:
            said = extra(value)
            if said is not None:
                raise problem(entity, name, said)
        if escapes and characters is not None and kind is str and characters(value):
            raise problem(entity, name, "holds control characters")
    return tuple([shared(v, v) if type(v) is str and len(v) <= SHARED_LENGTH else v for v in data.values()])
