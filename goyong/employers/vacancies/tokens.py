"""Search tokens of a vacancy: lower-cased words, split where Hangul meets Latin letters or
digits, plus every two-syllable piece of a Korean word (so that "요양" finds "요양보호사"
without a full-text engine; the same on SQLite and PostgreSQL)."""

from __future__ import annotations

import re

from django.db.models import Q

WORD = re.compile(r"[0-9a-z]+|[가-힣]+")


def _pieces(word: str) -> list[str]:
    if len(word) > 2 and "가" <= word[0] <= "힣":
        return [word[i:i + 2] for i in range(len(word) - 1)]
    return [word]


def tokens(*texts: str) -> list[str]:
    """The distinct tokens of the texts, in order of first appearance."""
    found: dict[str, None] = {}
    for text in texts:
        for word in WORD.findall((text or "").lower()):
            found[word] = None
            for piece in _pieces(word):
                found[piece] = None
    return list(found)


def token_field(*texts: str) -> str:
    """The value of `Vacancy.search_tokens`: tokens between single spaces, framed by spaces."""
    return " " + " ".join(tokens(*texts)) + " " if texts else ""


def search_filter(query: str) -> Q:
    """Vacancies whose tokens hold every word of `query` (Korean words by their pieces; a
    single syllable matches inside any token)."""
    condition = Q()
    for word in WORD.findall((query or "").lower()):
        if len(word) == 1:
            condition &= Q(search_tokens__contains=word)
            continue
        for piece in _pieces(word):
            condition &= Q(search_tokens__contains=f" {piece} ")
    return condition
