"""Load the project's reference data (goyong/reference/data/*.csv) into the database.

Idempotent: rows are matched on their natural keys (Region.key, Office.key,
EmploymentCentre.key, (scheme, code) of ClassificationItem, and (office, region, valid_from)
of Jurisdiction); existing rows are updated in place, missing ones created, so running it
twice leaves the same rows. Everything runs in one transaction with bulk writes."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.db import models, transaction

from goyong.reference.models import (
    ClassificationItem,
    EmploymentCentre,
    Jurisdiction,
    Office,
    Region,
)

DATA_DIR = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _float(text: str) -> float | None:
    return float(text) if text else None


def _upsert(
    model: type[models.Model],
    wanted: dict[Any, dict[str, Any]],
    existing: dict[Any, models.Model],
    fields: Iterable[str],
) -> dict[Any, models.Model]:
    """Create missing rows and update changed ones; returns all rows by natural key."""
    fields = list(fields)
    to_create, to_update = [], []
    for natural, values in wanted.items():
        row = existing.get(natural)
        if row is None:
            to_create.append(model(**values))
            continue
        if any(getattr(row, f) != values[f] for f in fields):
            for f in fields:
                setattr(row, f, values[f])
            to_update.append(row)
    model._default_manager.bulk_create(to_create, batch_size=500)
    if to_update:
        model._default_manager.bulk_update(to_update, fields, batch_size=500)
    return existing | {_natural(model, r): r for r in to_create}


def _natural(model: type[models.Model], row: Any) -> Any:
    if model is ClassificationItem:
        return (row.scheme, row.code)
    return row.key


def _load_regions() -> dict[str, Region]:
    rows = _rows("regions.csv")
    existing: dict[str, Region] = {r.key: r for r in Region.objects.all()}
    plain = [
        "level", "kostat_code", "mois_code", "name", "full_name", "name_en", "valid_from",
        "valid_to", "data_quality", "note", "centroid_lat", "centroid_lon",
    ]
    wanted = {
        r["key"]: {
            "key": r["key"], "level": r["level"], "kostat_code": r["kostat_code"],
            "mois_code": r["mois_code"], "name": r["name"], "full_name": r["full_name"],
            "name_en": r["name_en"], "valid_from": _date(r["valid_from"]),
            "valid_to": _date(r["valid_to"]), "data_quality": r["data_quality"],
            "note": r["note"], "centroid_lat": _float(r["centroid_lat"]),
            "centroid_lon": _float(r["centroid_lon"]),
        }
        for r in rows
    }
    by_key = _upsert(Region, wanted, existing, plain)  # type: ignore[arg-type]
    _link_parents(Region, by_key, {r["key"]: r["parent_key"] for r in rows})
    return by_key  # type: ignore[return-value]


def _link_parents(model: type[models.Model], by_key: dict[str, Any], parents: dict[str, str]) -> None:
    changed = []
    for key, parent_key in parents.items():
        row = by_key[key]
        parent_id = by_key[parent_key].pk if parent_key else None
        if row.parent_id != parent_id:
            row.parent_id = parent_id
            changed.append(row)
    if changed:
        model._default_manager.bulk_update(changed, ["parent"], batch_size=500)


def _load_offices() -> dict[str, Office]:
    rows = _rows("offices.csv")
    existing = {o.key: o for o in Office.objects.all()}
    plain = ["code", "name", "name_en", "kind", "valid_from", "valid_to", "data_quality", "evidence"]
    wanted = {
        r["key"]: {
            "key": r["key"], "code": r["code"], "name": r["name"], "name_en": r["name_en"],
            "kind": r["kind"], "valid_from": _date(r["valid_from"]),
            "valid_to": _date(r["valid_to"]), "data_quality": r["data_quality"],
            "evidence": r["evidence"],
        }
        for r in rows
    }
    by_key = _upsert(Office, wanted, existing, plain)  # type: ignore[arg-type]
    _link_parents(Office, by_key, {r["key"]: r["parent_key"] for r in rows})
    return by_key  # type: ignore[return-value]


def _load_jurisdictions(regions: dict[str, Region], offices: dict[str, Office]) -> int:
    rows = _rows("jurisdictions.csv")
    existing: dict[tuple[int, int, dt.date], Jurisdiction] = {
        (j.office_id, j.region_id, j.valid_from): j for j in Jurisdiction.objects.all()
    }
    wanted: dict[tuple[int, int, dt.date], dict[str, Any]] = {}
    for r in rows:
        office, region = offices[r["office_key"]], regions[r["region_key"]]
        start = _date(r["valid_from"])
        assert start is not None
        wanted[(office.pk, region.pk, start)] = {
            "office_id": office.pk, "region_id": region.pk, "valid_from": start,
            "valid_to": _date(r["valid_to"]), "data_quality": r["data_quality"],
            "note": r["note"],
        }
    stale = [j.pk for natural, j in existing.items() if natural not in wanted]
    Jurisdiction.objects.filter(pk__in=stale).delete()
    fields = ["valid_to", "data_quality", "note"]
    to_create, to_update = [], []
    for natural, values in wanted.items():
        row = existing.get(natural)
        if row is None:
            to_create.append(Jurisdiction(**values))
        elif any(getattr(row, f) != values[f] for f in fields):
            for f in fields:
                setattr(row, f, values[f])
            to_update.append(row)
    Jurisdiction.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        Jurisdiction.objects.bulk_update(to_update, fields, batch_size=500)
    return len(wanted)


def _load_centres(offices: dict[str, Office]) -> int:
    rows = _rows("centres.csv")
    existing = {c.key: c for c in EmploymentCentre.objects.all()}
    plain = ["code", "name", "name_en", "office_id", "valid_from", "valid_to", "data_quality"]
    wanted = {
        r["key"]: {
            "key": r["key"], "code": r["code"], "name": r["name"], "name_en": r["name_en"],
            "office_id": offices[r["office_key"]].pk, "valid_from": _date(r["valid_from"]),
            "valid_to": _date(r["valid_to"]), "data_quality": r["data_quality"],
        }
        for r in rows
    }
    _upsert(EmploymentCentre, wanted, existing, plain)  # type: ignore[arg-type]
    return len(wanted)


def _load_classifications() -> int:
    rows = _rows("classifications.csv")
    existing = {(c.scheme, c.code): c for c in ClassificationItem.objects.all()}
    plain = ["name", "level", "data_quality", "note"]
    wanted = {
        (r["scheme"], r["code"]): {
            "scheme": r["scheme"], "code": r["code"], "name": r["name"],
            "level": int(r["level"]), "data_quality": r["data_quality"], "note": r["note"],
        }
        for r in rows
    }
    by_key = _upsert(ClassificationItem, wanted, existing, plain)  # type: ignore[arg-type]
    changed: list[Any] = []
    for r in rows:
        item = by_key[(r["scheme"], r["code"])]
        parent_id = by_key[(r["scheme"], r["parent_code"])].pk if r["parent_code"] else None
        if item.parent_id != parent_id:  # type: ignore[attr-defined]
            item.parent_id = parent_id  # type: ignore[attr-defined]
            changed.append(item)
    if changed:
        ClassificationItem.objects.bulk_update(changed, ["parent"], batch_size=500)
    return len(wanted)


@transaction.atomic
def load_reference_data() -> dict[str, int]:
    """Load regions, offices, jurisdictions, centres and code lists; returns row counts."""
    regions = _load_regions()
    offices = _load_offices()
    _load_jurisdictions(regions, offices)
    _load_centres(offices)
    _load_classifications()
    return {
        "regions": Region.objects.count(),
        "offices": Office.objects.count(),
        "jurisdictions": Jurisdiction.objects.count(),
        "centres": EmploymentCentre.objects.count(),
        "classification_items": ClassificationItem.objects.count(),
    }
