"""The message catalogues are complete: Korean (the default language) has no untranslated
and no fuzzy entries, English has a real translation for every entry, and the compiled .mo
files say what the .po files say.

Korean msgids are the source text, so the Korean catalogue could leave msgstr empty and still
show Korean; we require it filled, so that a changed source string surfaces here as fuzzy."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "goyong" / "locale"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def catalogue(language: str) -> polib.POFile:
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"{path} is missing: run makemessages (see tools/i18n/fill_catalogues.py)"
    return polib.pofile(str(path))


def strings(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_korean_catalogue_is_complete_and_its_own_source():
    po = catalogue("ko")
    assert len(po) > 100
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po if strings(e)[0] != e.msgid] == []


def test_english_catalogue_is_complete_and_english():
    po = catalogue("en")
    assert len(po) == len(catalogue("ko"))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []

    def mostly_korean(text: str) -> bool:
        # Korean names inside an English sentence (e.g. 서울특별시 중구) are fine.
        return len(HANGUL.findall(text)) > 0.2 * len(text.replace(" ", ""))

    assert [e.msgid for e in po if any(mostly_korean(s) for s in strings(e))] == []


@pytest.mark.parametrize("language", ["ko", "en"])
def test_catalogue_compiles_cleanly(language, tmp_path):
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "gettext's msgfmt is needed (apt-get install gettext)"
    source = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run([msgfmt, "--check", "-o", str(tmp_path / "django.mo"), str(source)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", ["ko", "en"])
def test_compiled_catalogue_is_up_to_date(language):
    """Compared by content: a git checkout gives both files arbitrary times."""
    po = catalogue(language)
    with (LOCALE / language / "LC_MESSAGES" / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert compiled.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
        else:
            key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
            assert compiled.gettext(key) == entry.msgstr, entry.msgid
