"""majlis-cli survey import / recommendations list: the advocacy record from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import add_db, missing_action, open_from_args, print_json
from desktop.core.bounded_read import special_file
from desktop.core.errors import Missing
from desktop.core.sanitise import printable
from desktop.i18n.counts import counted

# The survey reader and the support counts are imported by the commands that use them: every other
# command (a day's bundle import above all) starts without them.

LANGUAGE_NAMES = {"ar": "Arabic", "ckb": "Kurdish", "en": "English"}


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    survey = sub.add_parser("survey", help="survey data beside the quotes (KoboToolbox, ODK Central exports)")
    actions = survey.add_subparsers(dest="action", metavar="ACTION", parser_class=type(survey))
    p = actions.add_parser("import", help="import a survey export (.xlsx or .csv) with its XLSForm, all or nothing")
    add_db(p)
    p.add_argument("file", type=Path, metavar="FILE", help="the export: KoboToolbox XLSX/CSV or ODK Central CSV")
    p.add_argument("--form", type=Path, metavar="XLSFORM", help="the form's XLSForm (.xlsx) that collected it")
    p.add_argument("--keep-identifying", action="store_true",
                   help="keep respondents' identifying columns (names, phones, locations, devices)")
    p.set_defaults(func=cmd_survey_import)
    survey.set_defaults(func=missing_action(survey))

    recs = sub.add_parser("recommendations", help="the campaign's recommendations")
    actions = recs.add_subparsers(dest="action", metavar="ACTION", parser_class=type(recs))
    p = actions.add_parser("list", help="id, title, status and support counts of every recommendation")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=("ar", "ckb", "en"), default="en", help="the language of the titles")
    p.set_defaults(func=cmd_recommendations_list)
    recs.set_defaults(func=missing_action(recs))


def cmd_survey_import(args: argparse.Namespace) -> int:
    for given, what in ((args.file, "survey file"), (args.form, "form")):
        if given is not None and given.is_dir():
            raise Missing(f"{given} is a folder, not a {what}")
        if given is not None and special_file(given):  # there, but no file: not "does not exist"
            raise Missing(f"{given} is a device or a pipe, not a {what}")
        if given is not None and not given.is_file():
            raise Missing(f"the {what} {given} does not exist")
    from desktop.core.survey_import import import_survey

    store = open_from_args(args)
    try:
        result = import_survey(store, args.file, args.form, keep_identifying=args.keep_identifying)
    finally:
        store.close()
    print(
        f"imported {counted(result.responses, 'response')} to {counted(result.questions, 'question')} "
        f"(survey {result.survey_id}; {counted(len(result.dropped_identifying), 'identifying column')} dropped, "
        f"{counted(result.ignored_columns, 'platform column')} not stored)"
    )
    if result.dropped_identifying:  # their names, never their contents: the coordinator checks none slipped through
        print(f"identifying columns dropped: {', '.join(result.dropped_identifying)}")
    for lang, list_name, count in result.missing_labels:
        where = f"choice list '{list_name}'" if list_name else "questions"
        print(f"note: {counted(count, 'label')} missing in {LANGUAGE_NAMES[lang]} ({where}); another language is shown")
    return 0


def cmd_recommendations_list(args: argparse.Namespace) -> int:
    from desktop.core import support

    store = open_from_args(args)
    try:
        with store.session() as s:
            rows = support.listing(s, args.lang)
    finally:
        store.close()
    if args.json:
        return print_json(
            [
                {"id": r.id, "number": r.number, "title": r.title, "status": r.status,
                 "support": {"participants": r.participants, "sessions": r.sessions,
                             "governorates": r.governorates, "organisations": r.organisations}}
                for r in rows
            ],
        )
    for r in rows:
        print(
            f"{r.id}  R{r.number}  {r.status:<14}  participants {r.participants}, sessions {r.sessions}, "
            f"governorates {r.governorates}, organisations {r.organisations}  {printable(r.title, len(r.title))}"
        )
    if not rows:  # said, as every list says it (--json: [])
        print("no recommendations in this database")
    return 0
