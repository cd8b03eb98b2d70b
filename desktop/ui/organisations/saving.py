"""What the Organisations page's saves write: the organisation in the form, one save after another.

A Save pressed while an earlier save of the same form still waits on the database worker goes to the
worker behind it (its one thread runs them in the order asked). The form's ``Target`` carries the
organisation's id from one to the next: a new organisation is made by the first save and the later
ones update it, never make a second. Only the worker thread writes ``id`` while saves are on their
way; the interface reads what they hand back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import organisations as svc
from desktop.core.db import Store

if TYPE_CHECKING:
    from desktop.ui.organisations.page import OrganisationsPage

CLOSE_WAIT_MS = 30_000  # a save on its way as the window closes: waited for (a lock's busy wait is 5 s)


class Target:
    """The organisation one filling of the form saves to: ``id`` None until a save has made it."""

    __slots__ = ("id",)

    def __init__(self, org_id: str | None) -> None:
        self.id = org_id


def writer(target: Target, name: str, kind: str, gov: str) -> Callable[[Store], str]:
    """A save of the form: ``target`` updated, or made (its id kept for the saves after it); its id."""

    def write(store: Store) -> str:
        if target.id:
            svc.update(store, target.id, name, kind, gov)
        else:
            target.id = svc.create(store, name, kind, gov)
        return target.id

    return write


def may_close(page: OrganisationsPage, show: Callable[[], None], *, wait: bool) -> bool:
    """The window closing (``Page.may_close``): a save of the form refused out of sight (the page left while
    it was on its way), or (``wait``) one still on its way, waited for, then refused, was told to nobody
    and its typing lost. Then the page is shown, the reason beside the name, and the question asked as on
    leaving; a save still on its way past the wait (the database held) is asked about too."""
    if page.saving and not wait:
        return True  # asked again once nothing else runs (an import is stopped first)
    if page.saving:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page.ctx.tasks.drain(CLOSE_WAIT_MS)
        finally:
            QApplication.restoreOverrideCursor()
    if not page.saving and not page.has_typed():
        return True
    show()
    if not page.saving:
        return page.may_leave()
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    translate = QCoreApplication.translate
    return QMessageBox.question(page, translate("OrganisationsPage", "Organisation not saved"), translate(
        "OrganisationsPage", "This organisation is still being saved: the database is busy. Close anyway? If the "
        "save then fails, what you typed is lost."), buttons, QMessageBox.StandardButton.No) \
        == QMessageBox.StandardButton.Yes
