"""The REFI-QDA schemas kept in the repository (tests/data/refi-qda), loaded once per test run."""

from __future__ import annotations

import functools
from pathlib import Path

import xmlschema

SCHEMAS = Path(__file__).resolve().parent / "data" / "refi-qda"
PROJECT_XSD = SCHEMAS / "Project-mrt2019.xsd"
CODEBOOK_XSD = SCHEMAS / "Codebook-mrt2019.xsd"


@functools.cache
def project_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(PROJECT_XSD))


@functools.cache
def codebook_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(CODEBOOK_XSD))


def validate_project(qde: bytes) -> None:
    """Raise if ``project.qde`` does not conform to the project schema."""
    project_schema().validate(qde.decode("utf-8"))


def validate_codebook(qdc: bytes) -> None:
    codebook_schema().validate(qdc.decode("utf-8"))
