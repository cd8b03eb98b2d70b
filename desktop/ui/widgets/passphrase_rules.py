"""One rule for a new passphrase, said in the same words wherever one is chosen: the first-run
wizard and Settings → Change passphrase…. Accepted from 8 characters on (the rule is
``desktop.core.validation.new_passphrase_problem``, which ``majlis-cli passwd`` applies too); its
strength is a hint only, as a long phrase of words beats symbols.

The words keep the context of the wizard's page, where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.validation import PASSPHRASE_UNTYPABLE, new_passphrase_problem, passphrase_strength


def acceptable(passphrase: str) -> bool:
    """Whether a new passphrase may be taken (the wizard's Next, the change's OK)."""
    return new_passphrase_problem(passphrase) is None


def strength_words(passphrase: str) -> str:
    """How strong it is, in one line ("" for nothing typed yet)."""
    if not passphrase:
        return ""
    translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
    if new_passphrase_problem(passphrase) == PASSPHRASE_UNTYPABLE:
        return untypable_words()
    texts = (
        translate("PassphrasePage", "Too short: use at least 8 characters."),
        translate("PassphrasePage", "Strength: weak. A few words make a stronger passphrase."),
        translate("PassphrasePage", "Strength: fair."),
        translate("PassphrasePage", "Strength: strong."),
    )
    return texts[passphrase_strength(passphrase)]


def untypable_words() -> str:
    """A passphrase pasted with a NUL (or a broken character): a database made with it could never be
    backed up nor its passphrase changed."""
    return QCoreApplication.translate(
        "PassphrasePage", "It holds an invisible character that no passphrase can hold (a paste can bring one): "
        "type the passphrase with the keyboard instead.")


def differ_words() -> str:
    return QCoreApplication.translate("PassphrasePage", "The two passphrases differ.")


def keep_it_safe_words() -> str:
    return QCoreApplication.translate(
        "PassphrasePage",
        "Write it down and keep it safe. If it is lost, nobody can recover the data: not you, not the team, "
        "not the makers of Majlis.")
