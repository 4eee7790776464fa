"""KSIC 중분류 (2-digit division) → 대분류 (section letter), 9th and 10th revisions.

From the section titles of the KSIC trees in goyong/reference/data/classifications.csv
(e.g. "제조업(10~34)"); the two revisions differ only in C (9th: 10–33) and L/N (9th: 68–69,
74–75). Pure Python, no Django."""

from __future__ import annotations

_RANGES_10: list[tuple[int, int, str]] = [
    (1, 3, "A"), (5, 8, "B"), (10, 34, "C"), (35, 35, "D"), (36, 39, "E"), (41, 42, "F"),
    (45, 47, "G"), (49, 52, "H"), (55, 56, "I"), (58, 63, "J"), (64, 66, "K"), (68, 68, "L"),
    (70, 73, "M"), (74, 76, "N"), (84, 84, "O"), (85, 85, "P"), (86, 87, "Q"), (90, 91, "R"),
    (94, 96, "S"), (97, 98, "T"), (99, 99, "U"),
]
_RANGES_9: list[tuple[int, int, str]] = [
    (1, 3, "A"), (5, 8, "B"), (10, 33, "C"), (35, 35, "D"), (36, 39, "E"), (41, 42, "F"),
    (45, 47, "G"), (49, 52, "H"), (55, 56, "I"), (58, 63, "J"), (64, 66, "K"), (68, 69, "L"),
    (70, 73, "M"), (74, 75, "N"), (84, 84, "O"), (85, 85, "P"), (86, 87, "Q"), (90, 91, "R"),
    (94, 96, "S"), (97, 98, "T"), (99, 99, "U"),
]

SECTIONS = "ABCDEFGHIJKLMNOPQRSTU"


def section_of(code: str, revision: int = 10) -> str | None:
    """The section letter of a KSIC code (any level from the division down), or None."""
    code = (code or "").strip().upper()
    if len(code) == 1 and code in SECTIONS:
        return code
    if len(code) < 2 or not code[:2].isdigit():
        return None
    division = int(code[:2])
    for low, high, letter in (_RANGES_10 if revision == 10 else _RANGES_9):
        if low <= division <= high:
            return letter
    return None
