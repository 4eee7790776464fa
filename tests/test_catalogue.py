"""The message catalogues are complete: Korean (the default language) has no untranslated
and no fuzzy entries, English has no untranslated ones, and each compiles.

Korean msgids are the source text, so the Korean catalogue could leave msgstr empty and still
show Korean; we require it filled anyway, so that review happens in one place and a changed
source string surfaces as fuzzy here rather than silently."""

from __future__ import annotations

import ast
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parent.parent / "goyong" / "locale"


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    def label(self) -> str:
        ctx = f" [{self.msgctxt}]" if self.msgctxt is not None else ""
        return f"line {self.line}{ctx}: {self.msgid[:80]!r}"


def parse_po(path: Path) -> list[Entry]:
    """A small .po reader: enough for flags, contexts, plurals and multi-line strings.
    Obsolete entries (#~) are ignored, as gettext does."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None

    def finish() -> None:
        nonlocal current, target
        if current is not None:
            entries.append(current)
        current, target = None, None

    def set_target(entry: Entry, key: str, index: int | None, text: str) -> None:
        if key == "msgstr":
            entry.msgstr[index or 0] = entry.msgstr.get(index or 0, "") + text
        elif key == "msgid":
            entry.msgid += text
        elif key == "msgid_plural":
            entry.msgid_plural = (entry.msgid_plural or "") + text
        elif key == "msgctxt":
            entry.msgctxt = (entry.msgctxt or "") + text

    pending_flags: set[str] = set()
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            pending_flags = set()  # the flags belonged to this obsolete entry
            continue
        if line.startswith("#,"):
            if current is not None and current.msgstr:
                finish()
            pending_flags |= {f.strip() for f in line[2:].split(",") if f.strip()}
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if current is None or target is None:
                raise ValueError(f"{path}:{number}: continuation without a keyword")
            set_target(current, target[0], target[1], ast.literal_eval(line))
            continue
        index: int | None = None
        if keyword.startswith("msgstr["):
            index = int(keyword[len("msgstr["):-1])
            keyword = "msgstr"
        if keyword in {"msgctxt", "msgid"} and current is not None and (
            current.msgstr or keyword == "msgctxt"
        ):
            finish()
        if current is None:
            current = Entry(line=number, flags=pending_flags)
            pending_flags = set()
        if keyword not in {"msgctxt", "msgid", "msgid_plural", "msgstr"}:
            raise ValueError(f"{path}:{number}: unexpected {keyword!r}")
        target = (keyword, index)
        if keyword == "msgstr":
            current.msgstr.setdefault(index or 0, "")
        set_target(current, keyword, index, ast.literal_eval(rest))
    finish()
    return [e for e in entries if e.msgid != ""]  # the header entry has an empty msgid


def catalogue(language: str) -> Path:
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    if not path.exists():
        pytest.fail(f"{path.relative_to(LOCALE.parent.parent)} is missing: run "
                    f"`goyong makemessages -l {language}` and translate it")
    return path


def untranslated(entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if not e.msgstr or any(not s for s in e.msgstr.values())]


def fuzzy(entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if "fuzzy" in e.flags]


def listing(entries: list[Entry]) -> str:
    shown = "\n".join(f"  {e.label()}" for e in entries[:40])
    more = f"\n  … and {len(entries) - 40} more" if len(entries) > 40 else ""
    return shown + more


def test_korean_catalogue_is_complete() -> None:
    entries = parse_po(catalogue("ko"))
    assert entries, "the Korean catalogue has no entries"
    missing, unsure = untranslated(entries), fuzzy(entries)
    assert not missing, f"{len(missing)} untranslated Korean entries:\n{listing(missing)}"
    assert not unsure, f"{len(unsure)} fuzzy Korean entries:\n{listing(unsure)}"


def test_english_catalogue_is_complete() -> None:
    entries = parse_po(catalogue("en"))
    assert entries, "the English catalogue has no entries"
    missing = untranslated(entries)
    assert not missing, f"{len(missing)} untranslated English entries:\n{listing(missing)}"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_catalogue_compiles_cleanly(language: str, tmp_path: Path) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (gettext) is not installed")
    result = subprocess.run(
        [msgfmt, "--check", "-o", str(tmp_path / "django.mo"), str(catalogue(language))],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", ["ko", "en"])
def test_compiled_catalogue_is_up_to_date(language: str) -> None:
    """The .mo shipped beside each .po says what the .po says (else the UI shows stale text).
    Compared by content: a git checkout gives both files arbitrary times."""
    import gettext

    po = catalogue(language)
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run `goyong compilemessages`"
    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    stale = []
    for entry in parse_po(po):
        if entry.msgid_plural is not None or "fuzzy" in entry.flags or not entry.msgstr.get(0):
            continue
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        if compiled.get(key) != entry.msgstr[0]:
            stale.append(entry)
    assert not stale, (f"{mo} differs from {po.name} in {len(stale)} entries: run "
                       f"`goyong compilemessages`\n{listing(stale)}")
