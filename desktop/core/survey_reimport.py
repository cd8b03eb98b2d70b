"""An export imported a second time is refused: the coordinator would otherwise see the same survey
twice on the Surveys tab, for good (a survey is never deleted), and could link figures from either.

The same export is recognised by its submission ids (KoboToolbox's ``_uuid``, ODK's ``KEY``), which
stay the same however often the export is downloaded: when every response of the file is already in
one stored survey of the same form, nothing is imported. A later export of the same form holding new
responses as well is a new survey and is imported.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.core.models import Survey, SurveyResponseBlock
from desktop.core.survey_errors import SurveyImportError
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP


def refuse_if_already_imported(s: Any, survey: Survey, submissions: set[str], file_name: str) -> None:
    """SurveyImportError when every id of ``submissions`` is in one stored survey of ``survey``'s form
    (the caller's transaction then writes nothing)."""
    earlier = s.scalars(
        select(Survey).where(Survey.form_id == survey.form_id, Survey.id != survey.id, Survey.deleted.is_(False))
        .order_by(Survey.imported_at)
    ).all()
    for other in earlier:
        stored: set[str] = set()
        for ids in s.scalars(
            select(SurveyResponseBlock.submission_ids)
            .where(SurveyResponseBlock.survey_id == other.id, SurveyResponseBlock.deleted.is_(False))
        ):
            stored.update(str(i) for i in ids)
        if submissions <= stored:
            raise SurveyImportError(
                "already_imported",
                QT_TRANSLATE_NOOP(
                    "Survey",
                    "{file} was imported before: every response in it is already in the survey “{title}”. "
                    "Nothing was imported.",
                ),
                file=file_name, title=other.title,
            )
