"""Search tokens of Korean free text (licences, skills) with kiwipiepy.

kiwipiepy ships its own model; loading it takes about 3 s, so it loads once per process, on
first use. Kept: nouns, foreign words, roots and numbers with their counters folded in, plus
each whitespace word as written (so "운전기능사" is found by "운전기능사", "운전" and
"기능사"). Without kiwipiepy a simple Hangul-aware splitter strips common particles instead."""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

_KEEP_TAGS = {"NNG", "NNP", "SL", "SH", "XR", "SN"}
_WORD = re.compile(r"[0-9A-Za-z가-힣一-龥+#.]+")
# Common particles that trail a Hangul word; longest first.
_PARTICLES = ("에서", "으로", "까지", "부터", "은", "는", "이", "가", "을", "를", "의", "에",
              "로", "와", "과", "도", "만")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _kiwi() -> Any:
    with _lock:
        try:
            from kiwipiepy import Kiwi
        except ImportError:  # pragma: no cover - the dependency is declared
            return None
        return Kiwi()


def _words(text: str) -> list[str]:
    return [w.strip(".").lower() for w in _WORD.findall(text) if w.strip(".")]


def _simple(text: str) -> list[str]:
    tokens: list[str] = []
    for word in _words(text):
        for particle in _PARTICLES:
            if len(word) > len(particle) + 1 and word.endswith(particle) and \
                    "가" <= word[-1] <= "힣":
                word = word[: -len(particle)]
                break
        tokens.append(word)
    return tokens


def tokenize(text: str) -> list[str]:
    """Distinct search tokens of `text`, lower-case, in first-seen order."""
    if not text.strip():
        return []
    kiwi = _kiwi()
    found: list[str] = []
    if kiwi is None:
        found = _simple(text)
    else:
        for token in kiwi.tokenize(text):
            if token.tag in _KEEP_TAGS and (token.tag != "SN" or len(token.form) > 1):
                found.append(token.form.lower())
        found.extend(w for w in _simple(text) if len(w) > 1)
    seen: dict[str, None] = {}
    for token in found:
        if token and len(token) <= 40:
            seen.setdefault(token, None)
    return list(seen)


def search_tokens(*texts: str) -> str:
    """The stored form: tokens of all `texts`, space-separated, each once."""
    seen: dict[str, None] = {}
    for text in texts:
        for token in tokenize(text or ""):
            seen.setdefault(token, None)
    return " ".join(seen)


def query_terms(query: str) -> list[str]:
    """Terms of a search box entry: its words with particles stripped (no model needed, so
    a search never waits for the tokeniser to load)."""
    return _simple(query)
