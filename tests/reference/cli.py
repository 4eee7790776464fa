"""Running the reference CLI in-process and reading its CSV output."""

from __future__ import annotations

import csv
import io

from django.core.management import call_command


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))
