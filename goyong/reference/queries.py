"""Reads of reference data, shaped for screens, the API and the CLI."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from goyong.reference.choices import RegionLevel
from goyong.reference.models import EmploymentCentre, Jurisdiction, Office, Region


class NotFoundError(LookupError):
    """No row answers the given code or name on that date."""


def today() -> dt.date:
    from django.utils import timezone

    return timezone.localdate()


def regions_on(day: dt.date, level: str | None = None) -> QuerySet[Region]:
    """Regions valid on `day`, optionally of one level, in code order."""
    qs = Region.objects.valid_on(day).select_related("parent")
    if level:
        qs = qs.filter(level=level)
    return qs.order_by("kostat_code")


def offices_on(day: dt.date) -> QuerySet[Office]:
    return Office.objects.valid_on(day).select_related("parent").order_by("code")


def find_office(code_or_name: str, day: dt.date) -> Office:
    """The office with that code or name (관서명) valid on `day`."""
    wanted = code_or_name.strip()
    office = offices_on(day).filter(Q(code__iexact=wanted) | Q(name=wanted)).first()
    if office is None:
        raise NotFoundError(wanted)
    return office


def jurisdiction_of(office: Office | str, day: dt.date) -> QuerySet[Jurisdiction]:
    """The 시군구 covered on `day` by the office (or office code): by whichever version of
    the office then existed, since only one version of a code is valid on any day."""
    code = office if isinstance(office, str) else office.code
    return (
        Jurisdiction.objects.valid_on(day)
        .filter(office__code=code)
        .select_related("region", "region__parent")
        .order_by("region__kostat_code")
    )


def find_sigungu(code_or_name: str, day: dt.date) -> Region:
    """A 시군구 valid on `day` by KOSTAT (5), KOSIS (4) or MOIS (5/10) code, or by name.

    A 일반구 resolves to its city, since offices cover cities as a whole."""
    wanted = code_or_name.strip()
    qs = regions_on(day).filter(level__in=[RegionLevel.SIGUNGU, RegionLevel.GU])
    if wanted.isdigit():
        if len(wanted) == 4:
            match = qs.filter(kostat_code__startswith=wanted)
        elif len(wanted) == 10:
            match = qs.filter(mois_code=wanted[:5])
        else:
            # The two systems share 5-digit numbers (31110 is 과천시 for 통계청, 울산 중구 for
            # 행정안전부): a 통계청 code wins, as in KOSIS and the 지역별고용조사.
            match = qs.filter(kostat_code=wanted)
            if not match.exists():
                match = qs.filter(mois_code=wanted)
    else:
        match = qs.filter(Q(full_name=wanted) | Q(name=wanted))
    regions = list(match[:2])
    if not regions:
        raise NotFoundError(wanted)
    if len(regions) > 1 and not wanted.isdigit():
        # Same short name in several 시도 (e.g. 중구): ask for the full name or a code.
        raise NotFoundError(wanted)
    region = regions[0]
    if region.level == RegionLevel.GU and region.parent is not None:
        region = region.parent
    return region


def office_covering(region: Region, day: dt.date) -> Jurisdiction:
    """The jurisdiction row that puts `region` under exactly one office on `day`."""
    row = (
        Jurisdiction.objects.valid_on(day)
        .filter(region=region)
        .select_related("office", "office__parent")
        .first()
    )
    if row is None:
        raise NotFoundError(region.full_name)
    return row


def centres_of(office: Office, day: dt.date) -> QuerySet[EmploymentCentre]:
    return EmploymentCentre.objects.valid_on(day).filter(office=office).order_by("code")


def jurisdiction_counts(day: dt.date) -> dict[int, int]:
    """Number of 시군구 each office (by Office id) covers on `day`."""
    from django.db.models import Count

    rows = (
        Jurisdiction.objects.valid_on(day)
        .values("office_id")
        .annotate(n=Count("id"))
        .values_list("office_id", "n")
    )
    return dict(rows)


def coverage_on(day: dt.date) -> dict[int, Jurisdiction]:
    """The covering jurisdiction row of every 시군구 (by Region id) on `day`, for maps."""
    rows = (
        Jurisdiction.objects.valid_on(day)
        .filter(region__level=RegionLevel.SIGUNGU)
        .select_related("office", "office__parent", "region")
    )
    return {row.region_id: row for row in rows}


def uncovered_sigungu(day: dt.date) -> QuerySet[Region]:
    """시군구 valid on `day` that no office covers (should be empty)."""
    covered = Jurisdiction.objects.valid_on(day).values("region_id")
    return regions_on(day, RegionLevel.SIGUNGU).exclude(id__in=covered)
