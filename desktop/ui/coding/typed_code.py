"""What the Codebook page does with typing not saved before the code panel shows another code, or
before the page is left (another page chosen in the navigation, or the main window closed).

The panel was filled with the other code's words, or the window closed (even from another page, the
typing out of sight since the page was left), and the typing was gone without a word (a definition
half written, a click on the next code to check its name). Asked on leaving too, so nothing not saved
is left out of sight and a close need only ask the page on screen. Now
the page asks: Save (stored at once, then on; a refusal keeps the typing in place and says why),
Discard, or Cancel (back to the typing). The words keep the page's context, where they are translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from desktop.core import codebook
from desktop.core.codebook import CodebookError
from desktop.core.errors import EnvironmentProblem
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.unsaved_choice import settle_typing

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.ui.coding.codebook_page import CodebookPage


def stays_on_typed_code(page: CodebookPage) -> bool:
    """Asked when another code is chosen in the tree; True when the panel stays on the code shown (its
    typing kept: Cancel, or its save refused), which the tree is set back to."""
    left = page.shown_id
    if typing_settled(page, discard=lambda: None):
        return False
    QTimer.singleShot(0, lambda: page.select(left or ""))  # back to the typing (not from inside this signal)
    return True


def leaves_typed_code(page: CodebookPage) -> bool:
    """``Page.may_leave``: Discard shows the code's stored words again, so nothing is asked twice."""

    def discard() -> None:
        page.forget_shown()
        page.show_current()

    return typing_settled(page, discard)


def typing_settled(page: CodebookPage, discard: Callable[[], object]) -> bool:
    """True when the panel may show something else: nothing typed, the code gone (merged or deleted:
    nothing to keep it in), a team code on a laptop (read-only here: nothing could be saved), or
    asked, and Save stored the typing or Discard let it go."""
    left = page.shown_id
    if left is None or not page.has_typed() or page.model.row_for(left) is None or not page.save_btn.isEnabled():
        return True
    translate = QCoreApplication.translate  # this name: lupdate reads translate(context, text)
    return settle_typing(page, translate("CodebookPage", "Code not saved"),
                         translate("CodebookPage", "What you typed about this code is not saved. Save it now?"),
                         save=lambda: _saved_now(page, left), discard=discard)


def typing_lost(page: CodebookPage) -> bool:
    """Whether the panel holds typing about a code that is gone (merged or deleted by a team update or
    an import while it was typed; the page's own Merge and Delete let the typing go when asked)."""
    left = page.shown_id
    return left is not None and page.model.row_for(left) is None and page.has_typed() and page.save_btn.isEnabled()


def say_typing_lost(page: CodebookPage) -> None:
    """One line under the panel: the typing about a code gone meanwhile was dropped (it was without a word)."""
    say(page.error_label, lambda: QCoreApplication.translate(
        "CodebookPage", "The code you were typing about was merged or deleted elsewhere (a team update or an "
        "import): what you typed about it was not saved."))


def _saved_now(page: CodebookPage, code_id: str) -> bool:
    """The panel's fields stored in the code now (the page or window may be going away); False, the
    reason said under the panel, when the codebook or the disk refuses them."""
    fields = page.panel_fields()
    page.error_label.clear()
    try:
        CollectionOp(page.ctx, lambda s: codebook.edit_code(s, code_id, **fields)).run_now()
    except CodebookError as exc:
        page.error_label.setText(page.error_text(exc))
        return False
    except EnvironmentProblem as exc:
        page.error_label.setText(environment_reason(exc))
        return False
    page.forget_shown()
    return True


def name_at_fault(page: CodebookPage, exc: BaseException) -> None:
    """A save refused for the code's name (none in any language, or a sibling's): the keyboard on the name
    in the interface's language, what was typed kept (it stayed on Save)."""
    if isinstance(exc, CodebookError) and str(exc) in codebook.NAME_REFUSALS:
        lang = str(page.ctx.language.language)
        page.names[lang if lang in page.names else next(iter(page.names))].setFocus()
