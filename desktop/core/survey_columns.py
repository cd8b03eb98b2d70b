"""The columns of a survey export that are the platform's own (KoboToolbox, ODK Central), and the
refusals for a first row that does not match the form.

A refusal names a column only when the first row is surely the export's header, that is when some of
its columns are the form's or the platform's: a sheet saved without its header row has a respondent's
answers there, and "3 columns of list.xlsx are not in the form (first: Amal Hassan)" put their name on
the screen. Such a file is said to be no export of the form, naming none of its cells.
"""

from __future__ import annotations

from typing import NoReturn

from desktop.core import text_cut
from desktop.core.survey_errors import SurveyImportError
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

ID_COLUMNS = ("_uuid", "meta/instanceID", "meta-instanceID", "KEY", "instanceID", "_id")
# Platform columns (KoboToolbox, ODK Central) that are not answers; the identifying ones are dropped.
META_COLUMNS = frozenset({
    "_id", "_uuid", "_submission_time", "_date_modified", "_validation_status", "_notes", "_status", "_tags",
    "_index", "_parent_table_name", "_parent_index", "_xform_id_string", "_duration", "__version__",
    "meta/instanceID", "meta/instanceName", "meta/deprecatedID", "meta/rootUuid", "formhub/uuid",
    "SubmissionDate", "meta-instanceID", "meta-instanceName", "meta-deprecatedID", "KEY", "AttachmentsPresent",
    "AttachmentsExpected", "Status", "ReviewState", "Edits", "FormVersion", "instanceID",
})
IDENTIFYING_META_COLUMNS = frozenset(
    {"_submitted_by", "_geolocation", "_attachments", "SubmitterID", "SubmitterName", "DeviceID", "meta/audit"}
)


def named(column: str) -> str:
    """A column's name as a message names it: a file that is no export at all (a letter, a report) has a
    first line of hundreds of characters, which the refusal would print whole."""
    return text_cut.shortened(column, 60)


def refuse_unmatched(unknown: list[str], known: int, twice: str, file_name: str) -> None:
    """SurveyImportError for a first row with columns the form does not know (``unknown``, in order) or a
    column given ``twice``; ``known``: how many of its columns are the form's or the platform's."""
    if {"type", "name"} <= set(unknown):  # the two files swapped: the form's own survey sheet
        raise SurveyImportError(
            "form_as_data",
            QT_TRANSLATE_NOOP(
                "Survey",
                "{file} is the form (XLSForm), not the responses: choose the survey's data export as the survey "
                "file and this one as the form.",
            ),
            file=file_name,
        )
    if known == 0:  # no header of this form's export: perhaps no header at all, a respondent's answers
        raise SurveyImportError(
            "not_an_export",
            QT_TRANSLATE_NOOP(
                "Survey",
                "None of the columns of {file} is a question of the form or a column of KoboToolbox or ODK "
                "Central: it is not an export of this form. Choose the export of this form's responses, "
                "downloaded with XML names as headers.",
            ),
            file=file_name,
        )
    if twice:
        raise SurveyImportError(
            "duplicate_column",
            QT_TRANSLATE_NOOP("Survey", "The column {column} appears twice in {file}."),
            column=named(twice), file=file_name,
        )
    if len(unknown) == 1:  # "1 columns of … are": one column gets its own sentence
        raise SurveyImportError(
            "unknown_columns",
            QT_TRANSLATE_NOOP(
                "Survey",
                "The column {column} of {file} is not in the form. Is this the form's version that collected the "
                "data, exported with XML names as headers?",
            ),
            count=1, file=file_name, column=named(unknown[0]),
        )
    if unknown:
        raise SurveyImportError(
            "unknown_columns",
            QT_TRANSLATE_NOOP(
                "Survey",
                "{count} columns of {file} are not in the form (first: {column}). Is this the form's version "
                "that collected the data, exported with XML names as headers?",
            ),
            count=len(unknown), file=file_name, column=named(unknown[0]),
        )


def refuse_no_answers(file_name: str) -> NoReturn:
    """SurveyImportError for an export none of whose columns is a question to import: only the platform's
    columns, or questions chosen from a later version of the form than the one that collected the data.
    (The import went on with nothing to store, and failed with an IndexError.)"""
    raise SurveyImportError(
        "no_answers",
        QT_TRANSLATE_NOOP(
            "Survey",
            "{file} holds no answer to the questions chosen: none of them is a column of it. Choose questions "
            "this export answers, or the export of the form version you chose them from.",
        ),
        file=file_name,
    )
