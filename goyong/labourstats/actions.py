"""Every write of the statistics app: imports, all or nothing, each with its audit row."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.db import connection, transaction
from django.utils.translation import gettext as _

from goyong.accounts.policies import primary_office_of
from goyong.audit.actions import record
from goyong.core import jobs
from goyong.core.models import BackgroundJob
from goyong.labourstats import importers
from goyong.labourstats.choices import ImportFormat, ImportStatus, SourceKind, Vintage
from goyong.labourstats.errors import FormatNotRecognisedError, RowError
from goyong.labourstats.importers.common import Parsed, release_date_from_name
from goyong.labourstats.models import Dataset, Estimate, PendingUpload, SurveyPerson
from goyong.labourstats.periods import Period
from goyong.labourstats.policies import can_import_statistics

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_SIDO_FILE = DATA_DIR / "kosis_sido_econ_activity_annual_2000_2023_20241126.csv"
PUBLISHED_FILE = DATA_DIR / "published_national_2013_2014.csv"


@dataclass
class ImportResult:
    format: str
    dry_run: bool
    rows_read: int = 0
    estimates: int = 0
    persons: int = 0
    cells_missing: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    dataset: Dataset | None = None
    job: BackgroundJob | None = None
    parsed: Parsed | None = None

    @property
    def ok(self) -> bool:
        return self.error_count == 0


def _read(file: Any) -> tuple[bytes, str]:
    if isinstance(file, bytes):
        return file, "upload.csv"
    if isinstance(file, str | Path):
        path = Path(file)
        return path.read_bytes(), path.name
    handle: IO[bytes] = file
    data = handle.read()
    return (data.encode("utf-8") if isinstance(data, str) else data), Path(
        getattr(handle, "name", "upload.csv")).name


def _source_kind(fmt: str) -> str:
    return SourceKind.MICRODATA if fmt == "microdata" else SourceKind.KOSIS


def _check_duplicates(parsed: Parsed, vintage: str, source: str) -> None:
    """Two rows of the file, or a row and the database, giving the same value's key."""
    seen: dict[tuple[str, ...], tuple[int, str]] = {}
    for row in parsed.estimates:
        key = (row.area_level, row.area_code, str(row.period), row.group, row.measure)
        if key in seen:
            other_row, other_column = seen[key]
            parsed.error(row.row, row.column, row.source_area, _(
                "같은 지역·기간·집단·지표의 값이 %(row)s행 %(column)s 열에도 있습니다. "
                "하나만 남기세요.") % {"row": other_row, "column": other_column})
        else:
            seen[key] = (row.row, row.column)
    if not seen:
        return
    periods = {key[2] for key in seen}
    existing = Estimate.objects.filter(vintage=vintage, source=source, period__in=periods)
    stored = set(existing.values_list("area_level", "area_code", "period", "group", "measure"))
    if not stored:
        return
    for row in parsed.estimates:  # in file order, so the first error is the first cell
        if (row.area_level, row.area_code, str(row.period), row.group, row.measure) in stored:
            parsed.error(row.row, row.column, f"{row.value}", _(
                "이미 저장된 %(vintage)s 자료와 겹칩니다 (%(period)s). 같은 파일을 다시 "
                "올렸는지 확인하세요.") % {"vintage": Vintage(vintage).label,
                                         "period": row.period})


def _check_microdata_periods(parsed: Parsed, vintage: str) -> None:
    """One microdata batch per period and vintage, so its derived estimates are unique."""
    if not parsed.persons:
        return
    periods = {person[0] for person in parsed.persons}
    taken = dict(SurveyPerson.objects.filter(period__in=periods, dataset__vintage=vintage)
                 .values_list("period", "dataset_id").distinct())
    for period in sorted(taken):
        parsed.error(1, "period", period, _(
            "%(period)s 기간의 마이크로데이터는 이미 가져왔습니다 (자료 번호 %(id)s). 한 기간에는 "
            "한 묶음만 가져올 수 있으니 파일의 기간을 확인하세요.") % {
            "period": period, "id": taken[period]})


def _write(parsed: Parsed, *, file_name: str, sha256: str, vintage: str,
           release_date: dt.date | None, acting_user: Any, source: str | None = None,
           source_kind: str | None = None, source_label: str | None = None,
           note: str = "") -> Dataset:
    """Write a parsed file and its audit row; the caller holds the transaction."""
    dataset = Dataset.objects.create(
        file_name=file_name, sha256=sha256, format=parsed.format, vintage=vintage,
        release_date=release_date, source_kind=source_kind or _source_kind(parsed.format),
        source=source or parsed.source, source_label=source_label or parsed.source_label,
        uploaded_by=acting_user if getattr(acting_user, "is_authenticated", False) else None,
        status=ImportStatus.COMPLETED, rows_read=parsed.rows_read,
        estimates_created=len(parsed.estimates), cells_missing=parsed.cells_missing,
        persons_created=len(parsed.persons), note=note,
    )
    Estimate.objects.bulk_create(
        [Estimate(
            dataset=dataset, area_level=row.area_level, area_code=row.area_code,
            code_system=row.code_system, source_area=row.source_area[:60],
            region_id=row.region_id, period=str(row.period), period_start=row.period.start,
            group=row.group, measure=row.measure, unit=row.unit, value=row.value,
            decimals=row.decimals, se=row.se, rse=row.rse, vintage=vintage,
            release_date=release_date, source_kind=dataset.source_kind,
            source=dataset.source,
        ) for row in parsed.estimates],
        batch_size=1000,
    )
    if parsed.persons:
        table = connection.ops.quote_name(SurveyPerson._meta.db_table)
        columns = "dataset_id, period, area_code, sex, age, status, weight, stratum, psu"
        sql = f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"  # noqa: S608 - table name from model meta
        with connection.cursor() as cursor:
            step = 50_000
            for start in range(0, len(parsed.persons), step):
                cursor.executemany(sql, [(dataset.pk, *person) for person in
                                         parsed.persons[start:start + step]])
    record(
        "labourstats.import.completed", actor=acting_user,
        office=primary_office_of(acting_user) if acting_user is not None else None,
        subject=dataset,
        data={"file_name": file_name, "format": parsed.format, "vintage": vintage,
              "rows_read": parsed.rows_read, "estimates": len(parsed.estimates),
              "persons": len(parsed.persons), "cells_missing": parsed.cells_missing},
    )
    return dataset


def import_statistics(
    file: Any, *, format: str = importers.AUTO, vintage: str = Vintage.PUBLISHED,
    acting_user: Any, dry_run: bool = False, release_date: dt.date | None = None,
    period: str | None = None, file_name: str | None = None,
) -> ImportResult:
    """Import a KOSIS export or a microdata file, all or nothing.

    Returns counts and row-level errors; writes nothing when there is any error or on a dry
    run. PermissionError if the user may not import statistics; `acting_user=None` is the
    operator at the server's command line."""
    if acting_user is not None and not can_import_statistics(acting_user):
        raise PermissionError("labourstats.import")
    if vintage not in Vintage.values:
        raise ValueError(vintage)
    data, name = _read(file)
    name = file_name or name
    parsed = importers.parse(data, format, period=Period.parse(period) if period else None)
    sha256 = hashlib.sha256(data).hexdigest()
    earlier = Dataset.objects.filter(sha256=sha256, vintage=vintage).first()
    if earlier is not None:
        parsed.error(1, "", name, _(
            "이 파일은 이미 가져왔습니다 (자료 번호 %(id)s, %(date)s). 같은 자료를 두 번 "
            "저장하지 않도록 가져오기를 멈췄습니다.") % {
            "id": earlier.pk, "date": earlier.created_at.date().isoformat()})
    _check_duplicates(parsed, vintage, parsed.source)
    _check_microdata_periods(parsed, vintage)
    result = ImportResult(
        format=parsed.format, dry_run=dry_run, rows_read=parsed.rows_read,
        estimates=len(parsed.estimates), persons=len(parsed.persons),
        cells_missing=parsed.cells_missing, errors=parsed.errors,
        error_count=parsed.error_count, parsed=parsed,
    )
    if not result.ok or dry_run:
        return result
    with transaction.atomic():
        result.dataset = _write(
            parsed, file_name=name, sha256=sha256, vintage=vintage,
            release_date=release_date or release_date_from_name(name), acting_user=acting_user,
        )
        result.job = start_recomputation(result.dataset, acting_user=acting_user)
    return result


MAX_UPLOAD_BYTES = 60 * 1024 * 1024


def stage_upload(data: bytes, *, file_name: str, format: str, vintage: str,
                 acting_user: Any) -> tuple[PendingUpload | None, ImportResult]:
    """Check an uploaded file as a dry run; when it would import cleanly, keep its bytes
    (keyed by SHA-256 and a random UUID) until the uploader confirms. Returns the pending
    upload (None when the file has errors) and the dry-run result for the preview."""
    if not can_import_statistics(acting_user):
        raise PermissionError("labourstats.import")
    result = import_statistics(data, format=format, vintage=vintage, acting_user=acting_user,
                               dry_run=True, file_name=file_name)
    if not result.ok:
        return None, result
    with transaction.atomic():
        PendingUpload.objects.filter(uploaded_by=acting_user).delete()  # one at a time
        pending = PendingUpload.objects.create(
            sha256=hashlib.sha256(data).hexdigest(), file_name=file_name[:200], content=data,
            format=result.format, vintage=vintage, uploaded_by=acting_user)
        record("labourstats.upload.staged", actor=acting_user,
               office=primary_office_of(acting_user), subject=pending,
               data={"file_name": pending.file_name, "format": pending.format,
                     "vintage": vintage, "sha256": pending.sha256})
    return pending, result


def confirm_upload(pending: PendingUpload, *, acting_user: Any) -> ImportResult:
    """Import a staged upload all or nothing (the same checks run again: the database may
    have changed since the preview) and forget the staged bytes once imported."""
    if pending.uploaded_by_id != getattr(acting_user, "pk", None):
        raise PermissionError("labourstats.import")
    data = bytes(pending.content)
    if hashlib.sha256(data).hexdigest() != pending.sha256:
        raise FormatNotRecognisedError(_("보관한 파일이 손상되었습니다. 파일을 다시 올리세요."))
    with transaction.atomic():
        result = import_statistics(data, format=pending.format, vintage=pending.vintage,
                                   acting_user=acting_user, file_name=pending.file_name)
        if result.ok:
            pending.delete()
    return result


def start_recomputation(dataset: Dataset, *, acting_user: Any) -> BackgroundJob | None:
    """Queue the derived estimates of a microdata dataset (direct, then small-area) as a
    background job that starts once the import commits; None for other formats."""
    if dataset.format != ImportFormat.MICRODATA:
        return None
    from goyong.labourstats.tasks import RECOMPUTE_KIND, recompute_dataset_task

    job = jobs.start_job(
        recompute_dataset_task, kind=RECOMPUTE_KIND, acting_user=acting_user,
        title=_("%(file)s: 시군구·집단별 고용률 추정") % {"file": dataset.file_name},
        args=[dataset.pk])
    dataset.recompute_job = job
    dataset.save(update_fields=["recompute_job"])
    return job


def load_default_datasets() -> dict[str, int]:
    """The shipped data, idempotently: the revised KOSIS 시도 series 2000–2023 and the
    as-published 2013–2014 national figures. Run by the system (demo, installs)."""
    created = 0
    with transaction.atomic():
        if not Dataset.objects.filter(file_name=DEFAULT_SIDO_FILE.name).exists():
            data = DEFAULT_SIDO_FILE.read_bytes()
            parsed = importers.parse(data, "kosis-sido")
            if parsed.error_count:
                raise FormatNotRecognisedError("; ".join(map(str, parsed.errors[:5])))
            _write(parsed, file_name=DEFAULT_SIDO_FILE.name,
                   sha256=hashlib.sha256(data).hexdigest(), vintage=Vintage.REVISED,
                   release_date=release_date_from_name(DEFAULT_SIDO_FILE.name),
                   acting_user=None)
            created += len(parsed.estimates)
        if not Dataset.objects.filter(file_name=PUBLISHED_FILE.name).exists():
            created += _load_published()
    return {"statistics": created}


def _load_published() -> int:
    """The 2013 and 2014 national figures as announced at the time (before the revision)."""
    import csv
    from decimal import Decimal

    from goyong.labourstats.choices import AreaLevel, CodeSystem, Unit
    from goyong.labourstats.importers.common import EstimateRow

    parsed = Parsed(format="publication", source="publication:moel-2014",
                    source_label="출처: 고용노동부·통계청 발표 (2014·2015년 보도)")
    with PUBLISHED_FILE.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            parsed.rows_read += 1
            period = Period.parse(row["period"])
            value = Decimal(row["value"])
            decimals = len(row["value"].split(".")[1]) if "." in row["value"] else 0
            parsed.estimates.append(EstimateRow(
                area_level=AreaLevel.NATION, area_code="00", code_system=CodeSystem.KOSTAT,
                source_area="전국", region_id=None, period=period, group=row["group"],
                measure=row["measure"], unit=row["unit"] or Unit.PERCENT, value=value,
                decimals=decimals, row=number, column="value",
            ))
    _write(parsed, file_name=PUBLISHED_FILE.name, sha256="", vintage=Vintage.PUBLISHED,
           release_date=None, acting_user=None, source_kind=SourceKind.PUBLICATION,
           note="각 값의 출처는 data/SOURCES.md에 있습니다.")
    return len(parsed.estimates)
