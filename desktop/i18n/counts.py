"""Counts in English messages: "1 session", "2 sessions", "0 sessions".

For words that exist only in English (majlis-cli's lines, which are not in the catalogue, and the
technical detail of a refusal): English's one rule, the singular for exactly 1 and the plural
otherwise. Only the noun changes; the number and its place stay, so a script that reads a line
keeps working (``--json`` is the form meant for scripts). Translated messages do not use this:
they take plural forms from the catalogue (``tr(text, "", n)``), as Arabic needs six.
"""

from __future__ import annotations


def counted(n: int, one: str, many: str | None = None) -> str:
    """``n`` and the noun: ``counted(1, "copy", "copies")`` is "1 copy"; ``many`` defaults to one + "s"."""
    return f"{n} {noun(n, one, many)}"


def noun(n: int, one: str, many: str | None = None) -> str:
    """The noun alone, for a count written elsewhere in the line ("1 of 1 bundle")."""
    return one if n == 1 else (many if many is not None else one + "s")
