"""Public reference pages: offices, regions, the jurisdiction map. Thin: reads come from
`queries` and `overview`; a code that does not exist answers 404."""

from __future__ import annotations

import csv
import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from goyong.reference import overview, queries
from goyong.reference.choices import RegionLevel
from goyong.reference.queries import regions_on, today

EARLIEST = dt.date(2000, 1, 1)


def day_from(request: HttpRequest) -> tuple[dt.date, str]:
    """The `date` query parameter, or today; with an error message when it is not a date."""
    raw = (request.GET.get("date") or "").strip()
    if not raw:
        return today(), ""
    try:
        day = dt.date.fromisoformat(raw)
    except ValueError:
        day = None
    if day is None or len(raw) != 10 or day < EARLIEST or day.year > 2100:
        return today(), _(
            "날짜 ‘%(value)s’를 알아볼 수 없습니다. 2014-04-15처럼 연-월-일로 입력하세요. "
            "오늘 날짜 기준으로 보여 드립니다."
        ) % {"value": raw[:20]}
    return day, ""


@require_GET
def offices(request: HttpRequest) -> HttpResponse:
    day, error = day_from(request)
    return render(request, "reference/offices.html", {
        "day": day, "date_error": error, "groups": overview.offices_grouped(day),
    })


@require_GET
def office(request: HttpRequest, code: str) -> HttpResponse:
    versions = overview.office_versions(code)
    if not versions:
        raise Http404
    day, error = day_from(request)
    office = overview.office_on(versions, day)
    template = "reference/office.html"
    htmx = getattr(request, "htmx", None)  # set by django_htmx's middleware
    if htmx and not htmx.history_restore_request:
        template = "reference/partials/office_sections.html"
    response = render(request, template, {
        "office": office,
        "day": day,
        "date_error": error,
        "valid": office.is_valid_on(day),
        "versions": versions,
        "branches": overview.branches_of(code, day),
        "jurisdictions": queries.jurisdiction_of(code, day),
        "centres": overview.centres_of_code(code, day),
    })
    # The same URL answers a whole page or, to htmx, the sections only: caches must tell apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


def _level_from(request: HttpRequest) -> str:
    level = request.GET.get("level") or ""
    return level if level in RegionLevel.values else ""


@require_GET
def regions(request: HttpRequest) -> HttpResponse:
    day, error = day_from(request)
    level = _level_from(request)
    return render(request, "reference/regions.html", {
        "day": day, "date_error": error, "level": level, "levels": RegionLevel.choices,
        "regions": regions_on(day, level or None),
        "query": request.GET.urlencode(),
    })


@require_GET
def regions_csv(request: HttpRequest) -> HttpResponse:
    """The same list as the regions page, as CSV (UTF-8 with BOM so Excel reads Korean)."""
    day, _error = day_from(request)
    level = _level_from(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="regions-{level or "all"}-{day.isoformat()}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([
        "level", "kostat_code", "mois_code", "name", "full_name", "name_en", "parent_kostat_code",
        "valid_from", "valid_to", "data_quality",
    ])
    for region in regions_on(day, level or None):
        writer.writerow([
            region.level, region.kostat_code, region.mois_code, region.name, region.full_name,
            region.name_en, region.parent.kostat_code if region.parent else "",
            region.valid_from.isoformat(), region.valid_to.isoformat() if region.valid_to else "",
            region.data_quality,
        ])
    return response


@require_GET
def jurisdiction_map(request: HttpRequest) -> HttpResponse:
    day, error = day_from(request)
    return render(request, "reference/map.html", {"day": day, "date_error": error})


@require_GET
def jurisdiction_table(request: HttpRequest) -> HttpResponse:
    """The map's content as a table, for screen readers and for printing."""
    day, error = day_from(request)
    return render(request, "reference/map_table.html", {
        "day": day, "date_error": error, "rows": overview.sigungu_offices(day),
    })


@require_GET
def map_data(request: HttpRequest) -> JsonResponse:
    """For `date`: each 시군구 KOSTAT code → the office covering it (one query)."""
    day, error = day_from(request)
    if error:
        return JsonResponse({"error": error}, status=400)
    rows = overview.sigungu_offices(day)
    return JsonResponse({
        "date": day.isoformat(),
        "sigungu": {
            row["kostat_code"]: {
                "region": row["region"], "mois_code": row["mois_code"],
                "office_code": row["office_code"], "office": row["office"],
                "data_quality": row["data_quality"],
            }
            for row in rows
        },
        "offices": {row["office_code"]: row["office"] for row in rows},
    }, json_dumps_params={"ensure_ascii": False})
