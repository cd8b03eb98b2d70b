"""Why a survey file was refused: one sentence a person can act on, translated from one catalogue.

The English sentence is the catalogue key (``QT_TRANSLATE_NOOP("Survey", ...)``) with ``{name}``
placeholders; the UI and the CLI translate the template, then fill it. Placeholders only ever hold
row numbers, counts, column names of the form and file names, never a respondent's answer.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import ValidationError


class SurveyImportError(ValidationError):
    code = "survey_import"

    def __init__(self, reason: str, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.reason = reason
        self.template = template
        self.params = params

    def translated(self, translate: Any) -> str:
        """The message in the language ``translate(context, text)`` gives."""
        return str(translate("Survey", self.template)).format(**self.params)
