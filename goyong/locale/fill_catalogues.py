"""Fill the ko and en catalogues after `goyong makemessages -l ko -l en --no-obsolete`.

Korean is the source language, so every Korean msgstr is its msgid. English comes from
`english.py`; a msgid missing there is listed and left for a translator, and the script
exits 1 so that CI notices. Run from the repository root:

    .venv/bin/python goyong/locale/fill_catalogues.py && (cd goyong && ../.venv/bin/goyong compilemessages)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from english import EN  # noqa: E402

_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _joined(lines: list[str]) -> str:
    return "".join(m.group(1) for line in lines for m in [_STR.search(line)] if m)


def _store(entry: dict, key: str | None, buf: list[str]) -> None:
    if key is None:
        return
    if key.startswith("msgstr"):
        entry["msgstr"].append(_joined(buf))
    else:
        entry[key] = _joined(buf)


def parse(text: str) -> list[dict]:
    """Entries as dicts: comments (list), msgid, msgid_plural (or None), msgstr list."""
    entries = []
    for block in re.split(r"\n\s*\n", text.strip()):
        entry: dict = {"comments": [], "msgctxt": None, "msgid": "", "msgid_plural": None,
                       "msgstr": []}
        key: str | None = None
        buf: list[str] = []

        for line in block.splitlines():
            if line.startswith("#"):
                entry["comments"].append(line)
                continue
            head = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s", line)
            if head:
                _store(entry, key, buf)
                key, buf = head.group(1), [line[head.end():]]
            else:
                buf.append(line)
        _store(entry, key, buf)
        entries.append(entry)
    return entries


def _q(value: str) -> str:
    return f'"{value}"'


def dump(entries: list[dict]) -> str:
    out = []
    for e in entries:
        lines = list(e["comments"])
        if e["msgctxt"] is not None:
            lines.append(f"msgctxt {_q(e['msgctxt'])}")
        if e["msgid"] == "":
            lines.append('msgid ""')
            lines.append('msgstr ""')
            lines.extend(_q(part) for part in re.findall(r".*?\\n", e["msgstr"][0]))
        else:
            lines.append(f"msgid {_q(e['msgid'])}")
            if e["msgid_plural"] is not None:
                lines.append(f"msgid_plural {_q(e['msgid_plural'])}")
                lines.extend(f"msgstr[{i}] {_q(s)}" for i, s in enumerate(e["msgstr"]))
            else:
                lines.append(f"msgstr {_q(e['msgstr'][0])}")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _unfuzzy(entry: dict) -> None:
    kept = []
    for c in entry["comments"]:
        if c.startswith("#,"):
            flags = [f.strip() for f in c[2:].split(",") if f.strip() and f.strip() != "fuzzy"]
            if flags:
                kept.append("#, " + ", ".join(flags))
        elif not c.startswith("#|"):
            kept.append(c)
    entry["comments"] = kept


def _header(entry: dict, language: str, plural_forms: str) -> None:
    h = entry["msgstr"][0]
    h = re.sub(r"Language: [^\\]*\\n", f"Language: {language}\\\\n", h)
    h = re.sub(r"Plural-Forms: [^\\]*\\n", f"Plural-Forms: {plural_forms}\\\\n", h)
    h = h.replace("Project-Id-Version: PACKAGE VERSION", "Project-Id-Version: goyong")
    h = re.sub(r"PO-Revision-Date: [^\\]*\\n", r"PO-Revision-Date: 2026-11-27 00:00+0900\\n", h)
    h = re.sub(r"Last-Translator: [^\\]*\\n", r"Last-Translator: Goyong maintainers\\n", h)
    h = re.sub(r"Language-Team: [^\\]*\\n", f"Language-Team: {language}\\\\n", h)
    entry["msgstr"][0] = h
    entry["comments"] = [c for c in entry["comments"] if not c.startswith("#,")] + []


def fill(path: Path, language: str) -> list[str]:
    entries = parse(path.read_text(encoding="utf-8"))
    missing = []
    for e in entries:
        _unfuzzy(e)
        if e["msgid"] == "":
            _header(e, language, "nplurals=1; plural=0;" if language == "ko"
                    else "nplurals=2; plural=(n != 1);")
            continue
        plural = e["msgid_plural"] is not None
        if language == "ko":
            e["msgstr"] = [e["msgid"]] if plural else [e["msgid"]]
            continue
        english = EN.get(e["msgid"])
        if english is None:
            missing.append(e["msgid"])
            e["msgstr"] = ["", ""] if plural else [""]
        elif plural:
            one, many = english if isinstance(english, tuple) else (english, english)
            e["msgstr"] = [one, many]
        else:
            e["msgstr"] = [english if isinstance(english, str) else english[0]]
    path.write_text(dump(entries), encoding="utf-8")
    return missing


def main() -> int:
    fill(HERE / "ko" / "LC_MESSAGES" / "django.po", "ko")
    missing = fill(HERE / "en" / "LC_MESSAGES" / "django.po", "en")
    for msgid in missing:
        print(f"no English for: {msgid}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
