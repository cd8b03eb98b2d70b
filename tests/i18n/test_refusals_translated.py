"""Every refusal reason of desktop.sync.errors is in the one catalogue, in Arabic and in Kurdish:
a new error class whose message is not marked (or not translated) fails here, not on a screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.i18n.catalogue import translate
from desktop.sync.errors import ALL_ERRORS, MESSAGE_CONTEXT


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_refusal_reason_is_translated(lang: str) -> None:
    missing = [cls.__name__ for cls in ALL_ERRORS
               if translate(lang, MESSAGE_CONTEXT, cls.default_message) == cls.default_message]
    assert not missing, f"not in the {lang} catalogue: {missing}"


def _not_a_bundle_literals() -> list[tuple[str, str]]:
    """(file:line, message) of every ``NotABundleError("…")`` in desktop/ given its words as a string literal."""
    import ast

    from tests.i18n_support import ROOT, python_sources

    found = []
    for path in python_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "NotABundleError"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.args[0].value))
    return found


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_what_a_file_is_not_is_said_in_its_own_words(lang: str) -> None:
    """A NotABundleError's words that have no translation give way to its code's general line on an Arabic or
    Kurdish screen, "This is not a Majlis bundle (it is not an age-encrypted file)": wrong of a damaged team update
    on a field laptop, or of an encrypted file. Each must be marked for the catalogue (QT_TRANSLATE_NOOP, whose
    name is given instead of the literal) and translated. Found with "This is not a Majlis team update."."""
    missing = [(where, words) for where, words in _not_a_bundle_literals()
               if translate(lang, MESSAGE_CONTEXT, words) == words]
    assert not missing, f"not in the {lang} catalogue: {missing}"


@pytest.mark.parametrize("lang", ["ar", "ckb"])
@pytest.mark.parametrize("what", ["bundle", "team update"])
def test_a_folder_or_a_pipe_given_as_a_bundle_is_said_in_its_own_words(
        lang: str, what: str, tmp_path: Path) -> None:
    """A folder or a named pipe given where a bundle (or a team update) is read is refused with its own words
    (bundle_reader.read_limited), given to NotABundleError by name, not as a literal, so the test above does
    not see them: "This is a folder, not a bundle." and "This is a device or a pipe, not a bundle file." were
    not marked, and an Arabic or Kurdish screen said the code's general line ("not an age-encrypted file")."""
    import os

    from desktop.sync.bundle_reader import read_limited
    from desktop.sync.errors import NotABundleError

    pipe = tmp_path / "pipe.majlis"
    os.mkfifo(pipe)
    said = []
    for given in (tmp_path, pipe):
        with pytest.raises(NotABundleError) as refused:
            read_limited(given, 1 << 20, what)
        said.append(refused.value.message)
    assert len(set(said)) == 2, said  # a folder and a pipe, each said as what it is
    missing = [words for words in said if translate(lang, MESSAGE_CONTEXT, words) == words]
    assert not missing, f"not in the {lang} catalogue: {missing}"
