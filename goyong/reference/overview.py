"""Reads shaped for the reference pages of the web UI (lists with counts, map colours).

Kept beside `queries.py` (the shared reads) so that screen-specific shapes do not crowd it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from goyong.reference.choices import OfficeKind
from goyong.reference.models import EmploymentCentre, Jurisdiction, Office, Region
from goyong.reference.queries import offices_on


def _valid_on_q(day: dt.date, prefix: str = "") -> Q:
    return Q(**{f"{prefix}valid_from__lte": day}) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gte": day})
    )


def _count_valid(model: type[Jurisdiction] | type[EmploymentCentre], day: dt.date) -> Coalesce:
    """A correlated COUNT of `model` rows of the outer office valid on `day`."""
    counted = (
        model.objects.filter(_valid_on_q(day), office__code=OuterRef("code"))
        .order_by()
        .values("office__code")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def offices_with_counts(day: dt.date) -> QuerySet[Office]:
    """Offices valid on `day` with `jurisdiction_count` and `centre_count`, in one query."""
    return offices_on(day).annotate(
        jurisdiction_count=_count_valid(Jurisdiction, day),
        centre_count=_count_valid(EmploymentCentre, day),
    )


@dataclass(frozen=True)
class OfficeGroup:
    """A 지방고용노동청 and the 지청 under it."""

    regional: Office
    branches: list[Office]


def offices_grouped(day: dt.date) -> list[OfficeGroup]:
    """Regional offices each followed by their branches (orphans form their own groups)."""
    offices = list(offices_with_counts(day))
    # Parents are matched by code: a parent's newer version keeps the code of the old row.
    by_parent: dict[str, list[Office]] = {}
    for office in offices:
        if office.kind == OfficeKind.BRANCH and office.parent is not None:
            by_parent.setdefault(office.parent.code, []).append(office)
    shown = {o.code for o in offices if o.kind == OfficeKind.REGIONAL}
    groups = [OfficeGroup(o, by_parent.get(o.code, [])) for o in offices if o.code in shown]
    orphans = [o for o in offices if o.kind == OfficeKind.BRANCH
               and (o.parent is None or o.parent.code not in shown)]
    groups.extend(OfficeGroup(o, []) for o in orphans)
    return groups


def national_summary(day: dt.date) -> dict[str, int]:
    """Counts for the HQ home page."""
    offices = offices_on(day).aggregate(
        total=Count("pk"),
        regional=Count("pk", filter=Q(kind=OfficeKind.REGIONAL)),
        branch=Count("pk", filter=Q(kind=OfficeKind.BRANCH)),
    )
    return {
        "offices": offices["total"],
        "regional": offices["regional"],
        "branches": offices["branch"],
        "centres": EmploymentCentre.objects.valid_on(day).count(),
        "jurisdictions": Jurisdiction.objects.valid_on(day).count(),
    }


def office_summaries_for(user: Any, day: dt.date) -> list[Office]:
    """The offices a staff member belongs to, with counts and their centres on `day`."""
    codes = set(user.memberships.values_list("office__code", flat=True))
    offices = list(offices_with_counts(day).filter(code__in=codes))
    centres: dict[str, list[EmploymentCentre]] = {}
    for centre in (EmploymentCentre.objects.valid_on(day).filter(office__code__in=codes)
                   .select_related("office").order_by("code")):
        centres.setdefault(centre.office.code, []).append(centre)
    for office in offices:
        office.current_centres = centres.get(office.code, [])  # type: ignore[attr-defined]
    return offices


def office_versions(code: str) -> list[Office]:
    """Every version of the office with this code, oldest first (empty if there is none)."""
    return list(Office.objects.filter(code=code).select_related("parent").order_by("valid_from"))


def office_on(versions: list[Office], day: dt.date) -> Office:
    """The version valid on `day`, else the latest one."""
    return next((v for v in versions if v.is_valid_on(day)), versions[-1])


def branches_of(code: str, day: dt.date) -> QuerySet[Office]:
    return Office.objects.valid_on(day).filter(parent__code=code).order_by("code")


def centres_of_code(code: str, day: dt.date) -> QuerySet[EmploymentCentre]:
    return EmploymentCentre.objects.valid_on(day).filter(office__code=code).order_by("code")


def sigungu_offices(day: dt.date) -> list[dict[str, Any]]:
    """For the map: each 시군구 covered on `day` with the office covering it, in one query."""
    rows = (
        Jurisdiction.objects.valid_on(day)
        .filter(_valid_on_q(day, "office__"), _valid_on_q(day, "region__"))
        .order_by("region__kostat_code")
        .values_list(
            "region__kostat_code", "region__mois_code", "region__full_name",
            "office__code", "office__name", "data_quality",
        )
    )
    return [
        {"kostat_code": k, "mois_code": m, "region": r, "office_code": oc, "office": on,
         "data_quality": q}
        for k, m, r, oc, on, q in rows
    ]


def sido_on(day: dt.date) -> QuerySet[Region]:
    from goyong.reference.choices import RegionLevel

    return Region.objects.valid_on(day).filter(level=RegionLevel.SIDO).order_by("kostat_code")
