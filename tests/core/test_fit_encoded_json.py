"""Bulk rows stored through Core (a survey's blocks) are made to fit by one search over their JSON
text: every character fit() would change must be seen in that text, and nothing else may change."""

from __future__ import annotations

import json

from desktop.core.field_text import BAD_IN_LINE, BAD_IN_TEXT, fit, fit_encoded_json


def _encoded(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))  # as canonical_json


def test_every_character_fit_changes_is_seen_in_the_json_text() -> None:
    suspects = [*range(0x00, 0xA0), *range(0xD800, 0xD810), *range(0xDFF0, 0xE000), 0xFFFE, 0xFFFF]
    for table, key, pattern in (("survey_response_block", "rows", BAD_IN_TEXT), ("participant", "attributes", BAD_IN_LINE)):
        for code in suspects:
            text = f"a{chr(code)}b"
            value = [("id-1", text, 3.0), ["x", {"k": text}]]
            fitted = fit_encoded_json(table, key, value, _encoded(value))
            if pattern.search(text):
                assert fitted == [["id-1", fit(text, pattern), 3.0], ["x", {"k": fit(text, pattern)}]], hex(code)
            else:
                assert fitted is None or fitted == [list(value[0]), value[1]], hex(code)


def test_ordinary_text_is_not_walked() -> None:
    value = [("ملاحظة\nسطر ثانٍ\tجدول", "تێبینی ڕ ڵ ۆ ێ ە ڤ", 62.0, "", None)]
    assert fit_encoded_json("survey_response_block", "rows", value, _encoded(value)) is None
    literal = ["C:\\u000b\\b is typed text, not a control character"]  # a false alarm changes nothing
    assert fit_encoded_json("survey_response_block", "rows", literal, _encoded(literal)) in (None, literal)
