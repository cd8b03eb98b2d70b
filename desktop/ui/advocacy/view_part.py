"""What the recommendation view's parts (recommendation_form.py, status_history.py, evidence_links.py)
may use of the view they make up: its context, the recommendation shown, and a few of its acts.

Each part is a class the view (recommendation_view.py) is made of; at run time a part is a plain
class and the view's other parts and its scroll area supply these. For the type checker a part is a
scroll area that has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from PySide6.QtCore import SignalInstance

    from desktop.ui.advocacy.loaders import Detail
    from desktop.ui.context import AppContext
    from desktop.ui.widgets.scroll_frame import ColumnScrollArea

    class ViewPart(ColumnScrollArea):
        ctx: AppContext
        rec_id: str | None
        current: Detail | None
        may_change: bool
        saved: SignalInstance

        def load(self, rec_id: str | None, *, keep_fields: bool = False) -> None: ...

        def show_detail(self, d: Detail | None, *, keep_fields: bool = False) -> None: ...

        def draft_explanation(self) -> str: ...

        def _change(self, op: Any, then: Callable[[], object] | None = None,
                    failed: Callable[[BaseException], None] | None = None) -> None: ...

        def _refused(self, exc: BaseException, show: Callable[[Callable[[], str]], None]) -> None: ...

else:
    ViewPart = object
