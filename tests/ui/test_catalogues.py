"""The Korean catalogue is complete (CONVENTIONS.md) and English has a translation for every
entry; both compiled catalogues are up to date with their sources."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

LOCALE = Path(__file__).resolve().parents[2] / "goyong" / "locale"
_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def entries(po: Path) -> list[dict]:
    """(flags, msgid, msgstrs) per entry, header excluded; a tiny .po reader."""
    found = []
    for block in re.split(r"\n\s*\n", po.read_text(encoding="utf-8").strip()):
        flags, parts, key = set(), {}, None
        for line in block.splitlines():
            if line.startswith("#,"):
                flags |= {f.strip() for f in line[2:].split(",")}
            elif line.startswith("#"):
                continue
            else:
                head = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s", line)
                if head:
                    key = head.group(1)
                    parts[key] = ""
                m = _STR.search(line)
                if m and key:
                    parts[key] += m.group(1)
        if parts.get("msgid"):
            strs = [v for k, v in parts.items() if k.startswith("msgstr")]
            found.append({"flags": flags, "msgid": parts["msgid"], "msgstr": strs})
    return found


@pytest.mark.parametrize("language", ["ko", "en"])
def test_catalogue_has_no_untranslated_or_fuzzy_entries(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    rows = entries(po)
    assert len(rows) > 100
    assert [r["msgid"] for r in rows if "fuzzy" in r["flags"]] == []
    assert [r["msgid"] for r in rows if not all(r["msgstr"])] == []


def test_korean_catalogue_is_its_own_source():
    rows = entries(LOCALE / "ko" / "LC_MESSAGES" / "django.po")
    assert [r["msgid"] for r in rows if r["msgstr"][0] != r["msgid"]] == []


def test_english_catalogue_is_english():
    rows = entries(LOCALE / "en" / "LC_MESSAGES" / "django.po")
    hangul = re.compile(r"[\uac00-\ud7a3]")

    def mostly_korean(text: str) -> bool:
        # Korean examples inside an English sentence (e.g. 서울특별시 중구) are fine.
        return len(hangul.findall(text)) > 0.2 * len(text.replace(" ", ""))

    assert [r["msgid"] for r in rows if any(mostly_korean(s) for s in r["msgstr"])] == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is not installed")
@pytest.mark.parametrize("language", ["ko", "en"])
def test_msgfmt_agrees_and_mo_is_current(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)],
                            capture_output=True, text=True, check=True)
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr
    mo = po.with_suffix(".mo")
    assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime
