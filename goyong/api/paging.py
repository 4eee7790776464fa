"""One rule for `limit`/`offset` on every list endpoint."""

from __future__ import annotations

# Larger offsets overflow SQLite's 64-bit integers; no list is that long.
MAX_OFFSET = 10**9


def window(limit: int, offset: int, *, max_limit: int = 200) -> slice:
    """The slice of a list a client asked for, clamped to 1..max_limit rows from 0..MAX_OFFSET
    (a negative or huge value is a client's mistake, not a reason for a server error)."""
    limit = max(1, min(limit, max_limit))
    offset = max(0, min(offset, MAX_OFFSET))
    return slice(offset, offset + limit)
