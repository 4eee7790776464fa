"""Reads for the web upload: what a checked file would import, shaped for the preview page,
and the list of imports with the state of their recomputation jobs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from goyong.labourstats.actions import ImportResult
from goyong.labourstats.choices import AreaLevel, Group, ImportFormat, Measure
from goyong.labourstats.models import Dataset, PendingUpload
from goyong.labourstats.policies import can_import_statistics

FIRST_ROWS = 10


@dataclass
class Preview:
    format: str
    format_label: str
    rows_read: int
    estimates: int
    persons: int
    cells_missing: int
    periods: list[str] = field(default_factory=list)
    area_count: int = 0
    areas: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    first_rows: list[list[Any]] = field(default_factory=list)


def preview_of(result: ImportResult) -> Preview:
    """Counts, periods, areas and the first rows of a dry run."""
    parsed = result.parsed
    label = dict(ImportFormat.choices).get(result.format, result.format)
    preview = Preview(result.format, str(label), result.rows_read, result.estimates,
                      result.persons, result.cells_missing)
    if parsed is None:
        return preview
    if parsed.persons:
        preview.periods = sorted({p[0] for p in parsed.persons})
        areas = sorted({p[1] for p in parsed.persons})
        preview.area_count, preview.areas = len(areas), areas[:20]
        preview.header = ["period", "area", "sex", "age", "status", "weight", "stratum", "psu"]
        preview.first_rows = [list(p) for p in parsed.persons[:FIRST_ROWS]]
    else:
        preview.periods = sorted({str(e.period) for e in parsed.estimates})
        seen: dict[str, str] = {}
        for e in parsed.estimates:
            seen.setdefault(e.area_code, e.source_area or e.area_code)
        preview.area_count, preview.areas = len(seen), list(seen.values())[:20]
        preview.header = ["row", "area", "level", "period", "group", "measure", "value"]
        preview.first_rows = [
            [e.row, e.source_area or e.area_code, str(AreaLevel(e.area_level).label),
             str(e.period), str(Group(e.group).label), str(Measure(e.measure).label),
             f"{e.value:.{e.decimals}f}"] for e in parsed.estimates[:FIRST_ROWS]]
    return preview


def datasets_visible_to(user: Any) -> QuerySet[Dataset]:
    """Every import for those who may import statistics (imports are national data)."""
    if not can_import_statistics(user):
        return Dataset.objects.none()
    return Dataset.objects.select_related("recompute_job", "uploaded_by")


def pending_upload_of(user: Any, upload_uuid: Any) -> PendingUpload | None:
    """A staged upload, only for the user who uploaded it."""
    if not can_import_statistics(user):
        return None
    return PendingUpload.objects.filter(uuid=upload_uuid, uploaded_by=user).first()
