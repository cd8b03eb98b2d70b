"""The frozen checks: use a built Majlis folder the way an IT helper would, from a copy.

    python -m tests.frozen_checks dist/Majlis            # a PyInstaller folder (Linux or Windows)
    python -m tests.frozen_checks --source               # the same checks on the source tree

Every ``majlis-cli`` command of the README runs once on real databases (a centre and a field
laptop exchanging a real encrypted bundle), then ``Majlis --smoke-test --page all --lang L`` (every
page in turn) for every language, reading the JSON report the smoke test writes (desktop.ui.smoke): a missing
page, English text left in Arabic or Kurdish, a non-zero exit or a traceback fails the check. A built
folder runs read-only (tests/program_folder.py: as from Program Files), and must not change meanwhile;
the last start reads back a language chosen earlier, in the program folder as the Start Menu starts it.
Used by tests/packaging/test_packaging.py and by .github/workflows/build.yml.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests import kobo_export, program_folder

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ar", "ckb", "en")
PASSPHRASE = "frozen checks ٢٠٢٦"
EXE = ".exe" if sys.platform == "win32" else ""
# Folders as facilitators name them ("C:\\Users\\زينب علي\\", "E:\\ڕاپۆرتی هەولێر\\"): every file the checks
# make, the user's home, %APPDATA% and temporary folder, and the copied app itself lie under such names.
WORK_FOLDER = "ڕاپۆرتی هەولێر"  # Kurdish letters (ڕ ۆ ێ) and a space
USER_FOLDER = "زينب علي"  # an Arabic user name and a space


class CheckFailed(AssertionError):
    pass


def readme_commands(readme: Path = ROOT / "README.md") -> set[str]:
    """The command words of every ``majlis-cli`` row in the README's tables ("team update export")."""
    return set(readme_rows(readme))


def readme_rows(readme: Path = ROOT / "README.md") -> dict[str, str]:
    """Command words -> the README table rows that document them (joined when there are several)."""
    rows: dict[str, str] = {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `majlis-cli ((?:--version)|(?:[a-z][a-z-]*)(?: [a-z][a-z-]*)*)", line)
        if match:
            rows[match.group(1)] = rows.get(match.group(1), "") + line
    return rows


class Runner:
    """Runs the two programs with a clean environment: nothing from the build tree or a venv."""

    def __init__(self, folder: Path | None, work: Path) -> None:
        self.work = work
        self.folder = folder
        home = work / USER_FOLDER
        temp = home / "AppData" / "Local" / "Temp"  # a Windows user's %TEMP% is inside their folder
        temp.mkdir(parents=True, exist_ok=True)
        if folder is None:
            self.env = dict(os.environ)
        else:
            keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LANG", "DISPLAY", "XDG_RUNTIME_DIR")
            self.env = {k: os.environ[k] for k in keep if k in os.environ}
            self.env["PATH"] = os.pathsep.join(["/usr/bin", "/bin"]) if os.name != "nt" else os.environ["PATH"]
        self.env.update({
            "HOME": str(home), "USERPROFILE": str(home), "APPDATA": str(home / "AppData"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"), "MAJLIS_PASSPHRASE": PASSPHRASE,
            "TEMP": str(temp), "TMP": str(temp), "TMPDIR": str(temp),
            "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
        })
        self.env.setdefault("LANG", "C.UTF-8")
        if folder is None:
            self.cli_cmd = [sys.executable, "-m", "desktop.cli"]
            self.gui_cmd = [sys.executable, "-m", "desktop.ui.app"]
        else:
            self.cli_cmd = [str(folder / f"majlis-cli{EXE}")]
            self.gui_cmd = [str(folder / f"Majlis{EXE}")]
        self.ran: list[str] = []

    def _run(self, cmd: list[str], expect: int, timeout: int = 180, env: dict[str, str] | None = None,
             cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", errors="replace",
                              env=env or self.env, cwd=cwd or self.work, timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL)
        shown = " ".join(cmd[len(self.cli_cmd):] if cmd[:len(self.cli_cmd)] == self.cli_cmd else cmd)
        if proc.returncode != expect:
            raise CheckFailed(f"{shown}: exit {proc.returncode}, expected {expect}\n{proc.stderr[-3000:]}")
        if "Traceback" in proc.stderr or "Traceback" in proc.stdout:
            raise CheckFailed(f"{shown}: a traceback\n{proc.stderr[-3000:]}")
        return proc

    def cli(self, *args: str | Path, expect: int = 0, words: int = 1,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        argv = [str(a) for a in args]
        self.ran.append(" ".join(a for a in argv[:words]))
        return self._run([*self.cli_cmd, *argv], expect, env=env)

    def gui(self, *args: str | Path, expect: int = 0, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return self._run([*self.gui_cmd, *(str(a) for a in args)], expect, timeout=240, cwd=cwd)

    def settings_file(self) -> Path:
        """The INI file the app keeps its settings in (desktop.core.app_paths.settings_dir), under the user's folder."""
        base = self.env["APPDATA"] if sys.platform == "win32" else self.env["XDG_DATA_HOME"]
        return Path(base) / "Majlis" / "Majlis" / "settings" / "Majlis" / "Majlis.ini"


def check_cli(r: Runner) -> None:
    w = r.work
    version = r.cli("--version")
    if not re.fullmatch(r"majlis \d+\.\d+\.\d+\S*\n", version.stdout):
        raise CheckFailed(f"--version printed {version.stdout!r}")
    shown = r.cli("--help").stdout  # what an IT helper types first
    if not shown.startswith("usage: majlis-cli") or "bundle" not in shown:
        raise CheckFailed(f"--help printed {shown[:200]!r}")
    centre, field = w / "مركز centre.db", w / "کێڵگە field.db"
    r.cli("init", "--db", centre, "--device-name", "centre")
    r.cli("init", "--db", centre, "--device-name", "centre", expect=3)  # exists: refused, not overwritten
    r.cli("team", "create", "--db", centre, "--name", "Basra", "--team-file", w / "basra.majlis-team",
          "--identity-file", w / "centre.key", words=2)
    r.cli("init", "--db", field, "--device-name", "laptop 1")
    r.cli("team", "join", "--db", field, "--team-file", w / "basra.majlis-team", words=2)
    r.cli("demo", "--db", field, "--sessions", "3", "--seed", "7")
    r.cli("check", "--db", field)
    status = json.loads(r.cli("status", "--db", field, "--json").stdout)
    if status.get("sessions", 0) < 3:
        raise CheckFailed(f"status after demo: {status}")
    r.cli("backup", "--db", field, "--keep", "3")
    backups = [Path(line) for line in r.cli("backup", "--db", field, "--list").stdout.splitlines()
               if line.strip().endswith(".db")]
    if not backups or not backups[-1].is_file():
        raise CheckFailed(f"backup --list named no backup file: {backups}")
    (w / "outbox").mkdir()
    r.cli("bundle", "export", "--db", field, "--out", w / "outbox", words=2)
    bundles = sorted((w / "outbox").glob("*.majlis"))
    if not bundles:
        raise CheckFailed("bundle export wrote no .majlis file")
    r.cli("clock", "redate", "--db", field, "--yes", words=2, expect=1)  # nothing waits: refused, one line
    # Roster, not first sight: the laptop's first bundle is held (exit 1) until a coordinator approves it.
    r.cli("bundle", "import", "--db", centre, "--identity-file", w / "centre.key", *bundles, words=2, expect=1)
    waiting = json.loads(r.cli("device", "pending", "--db", centre, "--json", words=2).stdout)
    if len(waiting) != 1:
        raise CheckFailed(f"device pending lists {len(waiting)} devices, expected the one laptop")
    r.cli("device", "approve", "--db", centre, str(waiting[0]["id"]), words=2)
    r.cli("device", "list", "--db", centre, words=2)
    r.cli("device", "reject", "--db", centre, "999999", words=2, expect=3)  # not there: missing
    r.cli("device", "rejected", "--db", centre, "--json", words=2)
    r.cli("device", "revoke", "--db", centre, "nosuchid", words=2, expect=3)  # not on the roster: missing
    r.cli("device", "new-key", "--db", centre, words=2, expect=1)  # the centre sends no bundles: refused
    r.cli("team", "key", "export", "--db", centre, "--out", w / "second.key", "--plaintext", words=3)
    if not (w / "second.key").read_text(encoding="utf-8").strip():
        raise CheckFailed("team key export wrote nothing")
    r.cli("team", "key", "rotate", "--db", field, words=3, expect=1)  # a laptop is not the centre: refused
    r.cli("team", "key", "rotate", "--db", centre, words=3)  # a lost key file: a new team key
    r.cli("team", "key", "export", "--db", centre, "--out", w / "both.key", "--plaintext", words=3)
    if (w / "both.key").read_text(encoding="utf-8").count("AGE-SECRET-KEY-") != 2:
        raise CheckFailed("team key export after team key rotate does not hold the old and the new key")
    centre_status = json.loads(r.cli("status", "--db", centre, "--json").stdout)
    if centre_status.get("sessions", 0) < 3:
        raise CheckFailed(f"the centre has {centre_status.get('sessions')} sessions after the import")
    r.cli("bundle", "status", "--db", centre, "--json", words=2)
    r.cli("conflicts", "list", "--db", centre, "--json", words=2)
    r.cli("conflicts", "resolve", "--db", centre, "999999", "--keep", "a", expect=3, words=2)
    r.cli("team", "update", "export", "--db", centre, "--out", w / "update.majlis-team", words=3)
    r.cli("team", "update", "import", "--db", field, w / "update.majlis-team", words=3)
    r.cli("team", "file", "--db", centre, "--out", w / "again.majlis-team", words=2)
    key = status.get("device_public_key") or ""
    r.cli("device", "register", "--db", centre, "--id", "laptop-2", "--key", key, "--name", "laptop 2",
          words=2, expect=0 if key else 64)
    r.cli("export", "xlsx", "--db", centre, "--out", w / "تقرير report.xlsx", "--lang", "ckb", words=2)
    r.cli("export", "qdpx", "--db", centre, "--out", w / "project.qdpx", words=2)
    r.cli("export", "qdc", "--db", centre, "--out", w / "codebook.qdc", "--lang", "ar", words=2)
    r.cli("codebook", "import", "--db", field, w / "codebook.qdc", words=2)
    sessions = json.loads(r.cli("sessions", "list", "--db", centre, "--json", words=2).stdout)
    if not sessions:
        raise CheckFailed("sessions list is empty at the centre after the import")
    r.cli("export", "pdf", "--db", centre, "--out", w / "محضر minutes.pdf", "--session", sessions[0]["id"],
          "--lang", "ckb", words=2)
    if not (w / "محضر minutes.pdf").read_bytes().startswith(b"%PDF"):
        raise CheckFailed("export pdf wrote no PDF")
    for out in (w / "تقرير report.xlsx", w / "project.qdpx"):
        if not out.is_file() or out.stat().st_size < 1000:
            raise CheckFailed(f"{out.name} was not written")
    r.cli("recommendations", "list", "--db", field, "--json", words=2)
    r.cli("export", "brief", "--db", field, "--out", w / "موجز brief.pdf", "--lang", "ar", words=2)
    if not (w / "موجز brief.pdf").read_bytes().startswith(b"%PDF"):
        raise CheckFailed("export brief wrote no PDF")
    survey = kobo_export.write_kobo_xlsx(w, 20)
    r.cli("survey", "import", "--db", centre, survey.data, "--form", survey.form, words=2)
    people = json.loads(r.cli("participants", "list", "--db", field, "--json", words=2).stdout)
    rows = people if isinstance(people, list) else people.get("participants", [])
    pseudonym = rows[0]["pseudonym"] if rows else "NOBODY-P01"
    shared = json.loads(r.cli("participants", "duplicates", "--db", centre, "--json", words=2).stdout)
    if shared:  # one laptop's people only: no pseudonym can be shared
        raise CheckFailed(f"participants duplicates found shared pseudonyms at a one-laptop centre: {len(shared)}")
    r.cli("consent", "withdraw", "--db", field, "--participant", pseudonym, "--scope", "quotes", words=2)
    r.cli("erasure", "report", "--db", field, "--json", words=2)
    r.cli("retention", "set", "--db", field, "--months", "24", words=2)
    r.cli("retention", "apply", "--db", field, "--dry-run", words=2)
    new_env = {**r.env, "MAJLIS_NEW_PASSPHRASE": PASSPHRASE + " new"}
    r.cli("passwd", "--db", field, env=new_env)
    r.cli("check", "--db", field, expect=2)  # the old passphrase no longer opens it
    r.cli("check", "--db", field, env={**r.env, "MAJLIS_PASSPHRASE": PASSPHRASE + " new"})
    r.cli("restore", "--db", w / "restored.db", "--from", backups[-1])
    r.cli("check", "--db", w / "restored.db")
    missing = readme_commands() - set(r.ran)
    if missing:
        raise CheckFailed(f"README commands the frozen checks never ran: {sorted(missing)}")


def check_gui(r: Runner, pages: Sequence[str], langs: Sequence[str] = LANGS) -> dict[str, dict[str, Any]]:
    """One start per language (the start itself differs: Babel data, RTL), each page in turn."""
    reports = {}
    for lang in langs:
        out = r.work / "reports" / f"{lang}.json"
        r.gui("--smoke-test", "--lang", lang, "--page", "all", "--report", out)
        report = json.loads(out.read_text(encoding="utf-8"))
        if list(report["pages"]) != list(pages) or list(report["checked"]) != list(pages):
            raise CheckFailed(f"{lang}: the window has pages {report['pages']}, showed {list(report['checked'])}")
        if report["untranslated"]:
            raise CheckFailed(f"{lang}: English left: {report['untranslated']}")
        if report["right_to_left"] != (lang != "en"):
            raise CheckFailed(f"{lang}: wrong layout direction")
        help_shown = report["help"]  # F1 found its topic and pictures inside the frozen folder
        if help_shown["problems"] or not help_shown["pictures"] or help_shown["characters"] < 200:
            raise CheckFailed(f"{lang}: help missing or broken: {help_shown}")
        reports[lang] = report
    r.gui("--smoke-test", "--page", "nowhere", expect=1)
    return reports


def check_next_start(r: Runner, lang: str = "ckb") -> None:
    """The next start of a facilitator who chose ``lang`` at the first: the app reads it back from the
    settings in the user's folder (Arabic letters and a space in its name) on a system in English,
    started the way the Start Menu shortcut starts it, in the program folder."""
    ini = r.settings_file()
    text = ini.read_text(encoding="utf-8") if ini.is_file() else "[General]\n"
    if "[General]" not in text:  # written by the starts above; a language is what the wizard adds
        raise CheckFailed(f"the settings file holds no [General] section: {text[:200]!r}")
    ini.write_text(text.replace("[General]", f"[General]\nlanguage={lang}", 1), encoding="utf-8")
    out = r.work / "reports" / "next start.json"
    r.gui("--smoke-test", "--page", "sessions", "--report", out, cwd=r.folder)
    report = json.loads(out.read_text(encoding="utf-8"))
    if report["lang"] != lang or not report["right_to_left"]:
        raise CheckFailed(f"the next start came up in {report['lang']!r}, the settings say {lang!r}")


def run_checks(r: Runner, pages: Sequence[str], langs: Sequence[str]) -> None:
    check_cli(r)
    check_gui(r, pages, langs)
    check_next_start(r)


def copy_folder(folder: Path, work: Path) -> Path:
    """The folder as a user gets it: copied elsewhere (a USB stick), under a path with spaces and
    Arabic letters (the work folder's Kurdish ones above them)."""
    target = work / "USB فلاش" / "Majlis"
    shutil.copytree(folder, target, symlinks=True)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frozen_checks")
    parser.add_argument("folder", nargs="?", type=Path, help="the built Majlis folder")
    parser.add_argument("--source", action="store_true", help="check the source tree instead")
    parser.add_argument("--langs", default=",".join(LANGS))
    args = parser.parse_args(argv)
    if args.folder is None and not args.source:
        parser.error("give the built folder or --source")
    sys.path.insert(0, str(ROOT))
    from desktop.ui.registry import page_keys  # imported here: the checks' own start stays Qt-free

    with tempfile.TemporaryDirectory(prefix="majlis-frozen-") as tmp:
        work = Path(tmp) / WORK_FOLDER
        work.mkdir()
        folder = None if args.source else copy_folder(args.folder.resolve(), work)
        runner = Runner(folder, work)
        try:
            if folder is None:
                run_checks(runner, page_keys(), args.langs.split(","))
            else:  # from a program folder nobody may write to, as Program Files is
                before = program_folder.contents(folder)
                with program_folder.read_only_tree(folder):
                    run_checks(runner, page_keys(), args.langs.split(","))
                written = program_folder.changes(before, program_folder.contents(folder))
                if written:
                    raise CheckFailed(f"the program folder changed while it ran: {written}")
        except CheckFailed as exc:
            print(f"frozen checks FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"frozen checks passed: {len(set(runner.ran))} commands, {len(page_keys())} pages x {args.langs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
