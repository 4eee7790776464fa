"""Fill the ko and en catalogues after makemessages. A developer's tool, not run by the app.

Korean is the source language, so every Korean msgstr is its msgid. English comes from
`english.py` beside this file; a msgid missing there is listed and the script exits 1.
From the repository root:

    (cd goyong && ../.venv/bin/goyong makemessages -l ko -l en --no-obsolete)
    .venv/bin/python tools/i18n/fill_catalogues.py
    (cd goyong && ../.venv/bin/goyong compilemessages)
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
LOCALE = HERE.parent.parent / "goyong" / "locale"
sys.path.insert(0, str(HERE))

from english import EN  # noqa: E402

# Each domain app may keep its English in english_<app>.py beside this file (one owner each).
for _extra in sorted(HERE.glob("english_*.py")):
    _namespace: dict[str, object] = {}
    exec(compile(_extra.read_text(encoding="utf-8"), str(_extra), "exec"), _namespace)  # noqa: S102 - our own file
    EN.update(_namespace["EN"])  # type: ignore[arg-type]

PLURAL_FORMS = {"ko": "nplurals=1; plural=0;", "en": "nplurals=2; plural=(n != 1);"}


def fill(language: str) -> list[str]:
    path = LOCALE / language / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path), wrapwidth=79)
    po.metadata.update({
        "Project-Id-Version": "goyong", "Language": language, "Language-Team": language,
        "Last-Translator": "Goyong maintainers", "Plural-Forms": PLURAL_FORMS[language],
    })
    missing = []
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = None
        if language == "ko":
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid}
            else:
                entry.msgstr = entry.msgid
            continue
        english = EN.get(entry.msgid)
        if english is None and "%%" in entry.msgid:
            # makemessages doubles a literal % in template strings ({% translate "… 25%" %}):
            # the English file may list the undoubled text.
            single = EN.get(entry.msgid.replace("%%", "%"))
            if isinstance(single, str):
                english = single.replace("%", "%%")
        if english is None:
            missing.append(entry.msgid)
            continue
        one, many = english if isinstance(english, tuple) else (english, english)
        if entry.msgid_plural:
            entry.msgstr_plural = {0: one, 1: many}
        else:
            entry.msgstr = one
    po.save(str(path))
    return missing


def main() -> int:
    fill("ko")
    missing = fill("en")
    for msgid in missing:
        print(f"no English for: {msgid}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
