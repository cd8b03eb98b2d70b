"""The advocacy rows: recommendations and their statuses, the evidence behind them, imported survey data,
and outreach events. Recommendations and their statuses are team-wide (changed by coordinators); evidence
links, surveys and outreach records are ordinary rows of the device that made them. Synced rows, as
models.py's (see there), and re-exported by it."""

# No ``from __future__ import annotations`` here: SQLAlchemy reads every ``Mapped[...]`` annotation
# when a class is declared; as objects they cost nothing more (see models.py).

from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.model_base import ID, Synced


class Recommendation(Synced):
    """A policy recommendation, in the three languages, with the law it targets and who must act."""

    __tablename__ = "recommendation"
    __long_text__ = ("text_ar", "text_ckb", "text_en")
    number: Mapped[int] = mapped_column(Integer, default=0)  # R1, R2... as the campaign numbers them
    title_ar: Mapped[str] = mapped_column(String(300), default="")
    title_ckb: Mapped[str] = mapped_column(String(300), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")
    text_ar: Mapped[str] = mapped_column(Text, default="")
    text_ckb: Mapped[str] = mapped_column(Text, default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    target_law: Mapped[str] = mapped_column(String(300), default="")
    target_article: Mapped[str] = mapped_column(String(100), default="")
    authority: Mapped[str] = mapped_column(String(300), default="")


class RecommendationStatus(Synced):
    """One step of a recommendation's history; the newest by date is its current status."""

    __tablename__ = "recommendation_status"
    recommendation_id: Mapped[str] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(20))  # drafted|endorsed|presented|adopted|rejected|partly_adopted
    date: Mapped[Any] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(500), default="")  # where the news came from


class EvidenceLink(Synced):
    """Evidence behind a recommendation: one coded segment, a whole code (a saved query), or a survey figure."""

    __tablename__ = "evidence_link"
    recommendation_id: Mapped[str] = mapped_column(ID, index=True)
    kind: Mapped[str] = mapped_column(String(10))  # segment|code|survey
    segment_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    code_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    include_subcodes: Mapped[bool] = mapped_column(Boolean, default=True)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # retrieval.Filters as JSON
    survey_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    question: Mapped[str] = mapped_column(String(200), default="")
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the answers counted as support
    group_by: Mapped[str] = mapped_column(String(20), default="")  # ""|governorate|gender|age_band
    group_value: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class Survey(Synced):
    """One imported survey export (KoboToolbox, ODK Central) with the XLSForm that describes it."""

    __tablename__ = "survey"
    title: Mapped[str] = mapped_column(String(300), default="")
    form_id: Mapped[str] = mapped_column(String(200), default="")
    form_version: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), default="")  # kobo|odk|csv
    #: The stored answer columns, in order; each response block holds its rows aligned with them.
    columns: Mapped[list[Any]] = mapped_column(JSON, default=list)
    dropped_columns: Mapped[list[Any]] = mapped_column(JSON, default=list)  # identifying, not stored
    response_count: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[str] = mapped_column(String(32), default="")


class SurveyQuestion(Synced):
    __tablename__ = "survey_question"
    survey_id: Mapped[str] = mapped_column(ID, index=True)
    name: Mapped[str] = mapped_column(String(200))  # the column name in the export (group path included)
    type: Mapped[str] = mapped_column(String(40), default="")  # select_one|select_multiple|integer|text...
    list_name: Mapped[str] = mapped_column(String(100), default="")
    group: Mapped[str] = mapped_column(String(200), default="")
    group_label_ar: Mapped[str] = mapped_column(String(300), default="")
    group_label_ckb: Mapped[str] = mapped_column(String(300), default="")
    group_label_en: Mapped[str] = mapped_column(String(300), default="")
    label_ar: Mapped[str] = mapped_column(Text, default="")
    label_ckb: Mapped[str] = mapped_column(Text, default="")
    label_en: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(20), default="")  # ""|governorate|gender|age|age_band
    position: Mapped[float] = mapped_column(Float, default=0.0)


class SurveyChoice(Synced):
    __tablename__ = "survey_choice"
    survey_id: Mapped[str] = mapped_column(ID, index=True)
    list_name: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    label_ar: Mapped[str] = mapped_column(String(300), default="")
    label_ckb: Mapped[str] = mapped_column(String(300), default="")
    label_en: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[float] = mapped_column(Float, default=0.0)


class SurveyResponseBlock(Synced):
    """Up to a thousand responses of a survey: submission ids, respondents' groups and answer rows.

    Responses are stored in blocks rather than a row each: they are imported, never edited, and a
    national survey's 100,000 rows then cost a hundred changes in a bundle instead of 100,000.
    """

    __tablename__ = "survey_response_block"
    survey_id: Mapped[str] = mapped_column(ID, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    submission_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    governorates: Mapped[list[Any]] = mapped_column(JSON, default=list)  # our governorate key or ""
    genders: Mapped[list[Any]] = mapped_column(JSON, default=list)
    age_bands: Mapped[list[Any]] = mapped_column(JSON, default=list)
    rows: Mapped[list[Any]] = mapped_column(JSON, default=list)  # one list of answers per response


class OutreachEvent(Synced):
    """An advocacy event that is not a recorded session: a meeting with officials, media, a workshop."""

    __tablename__ = "outreach_event"
    __long_text__ = ("notes",)
    kind: Mapped[str] = mapped_column(String(20), default="meeting")  # meeting|media|workshop|other
    title: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[Any] = mapped_column(Date, nullable=True, index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    governorate: Mapped[str] = mapped_column(String(40), default="")
    audience: Mapped[str] = mapped_column(String(300), default="")
    reach: Mapped[int] = mapped_column(Integer, default=0)  # people reached (attendees, viewers)
    organisation_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    recommendation_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
