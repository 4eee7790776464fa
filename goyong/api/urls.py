"""The JSON API under /api/v1/: adapts requests to queries and actions, no business rules."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Status

from goyong.api.auth import BearerToken
from goyong.api.employers import router as employers_router
from goyong.api.jobseekers import router as jobseekers_router
from goyong.api.matching import router as matching_router
from goyong.api.package import router as package_router
from goyong.api.schemas import (
    CoverageOut,
    ErrorOut,
    MeOut,
    OfficeDetailOut,
    OfficeOut,
    RegionOut,
)
from goyong.api.stats import router as stats_router
from goyong.api.taskforce import router as taskforce_router
from goyong.api.vacancies import router as vacancies_router
from goyong.reference import queries
from goyong.reference.models import Office, Region

api = NinjaAPI(
    title="Goyong API",
    version="1",
    description="지역단위 고용률 70% 추진단 플랫폼 API. 인증: `Authorization: Bearer <토큰>` "
    "(`goyong tokens create 아이디`로 발급).",
    urls_namespace="api",
    auth=BearerToken(),
)

# Each domain's endpoints live in their own module under goyong/api/.
api.add_router("", stats_router)
api.add_router("", jobseekers_router)
api.add_router("", employers_router)
api.add_router("", package_router)
api.add_router("", vacancies_router)
api.add_router("", matching_router)
api.add_router("", taskforce_router)

Level = Literal["sido", "sigungu", "gu"]


def _day(value: dt.date | None) -> dt.date:
    return value or queries.today()


def region_out(region: Region) -> dict[str, Any]:
    return {
        "key": region.key, "level": region.level, "kostat_code": region.kostat_code,
        "kosis_code": region.kosis_code, "mois_code": region.mois_code, "name": region.name,
        "full_name": region.full_name, "name_en": region.name_en,
        "parent_kostat_code": region.parent.kostat_code if region.parent else None,
        "valid_from": region.valid_from, "valid_to": region.valid_to,
        "data_quality": region.data_quality,
    }


def office_out(office: Office) -> dict[str, Any]:
    return {
        "code": office.code, "name": office.name, "name_en": office.name_en, "kind": office.kind,
        "parent_code": office.parent.code if office.parent else None,
        "valid_from": office.valid_from, "valid_to": office.valid_to,
        "data_quality": office.data_quality,
    }


@api.get("/me", response=MeOut, tags=["accounts"], summary="현재 사용자")
def me(request: HttpRequest) -> dict[str, Any]:
    user: Any = request.user
    return {
        "username": user.username, "uuid": str(user.uuid), "display_name": str(user),
        "role": user.role, "role_label": str(user.get_role_display()),
        "memberships": [
            {"office_code": m.office.code, "office_name": m.office.name,
             "centre_code": m.centre.code if m.centre else None}
            for m in user.memberships.select_related("office", "centre")
        ],
    }


@api.get("/regions", response=list[RegionOut], tags=["reference"], summary="행정구역 목록")
def list_regions(
    request: HttpRequest, date: Query[dt.date | None] = None, level: Query[Level | None] = None
) -> list[dict[str, Any]]:
    return [region_out(r) for r in queries.regions_on(_day(date), level)]


@api.get("/regions/{code}/office", response={200: CoverageOut, 404: ErrorOut},
         tags=["reference"], summary="시군구를 관할하는 관서")
def region_office(request: HttpRequest, code: str, date: Query[dt.date | None] = None) -> Any:
    day = _day(date)
    try:
        region = queries.find_sigungu(code, day)
        row = queries.office_covering(region, day)
    except queries.NotFoundError:
        return Status(404, {"detail": _("해당 날짜에 그 코드나 이름의 시군구가 없습니다. 코드를 확인하세요.")})
    return {"date": day, "region": region_out(region), "office": office_out(row.office),
            "data_quality": row.data_quality}


@api.get("/offices", response=list[OfficeOut], tags=["reference"], summary="고용노동관서 목록")
def list_offices(request: HttpRequest, date: Query[dt.date | None] = None) -> list[dict[str, Any]]:
    return [office_out(o) for o in queries.offices_on(_day(date))]


@api.get("/offices/{code}", response={200: OfficeDetailOut, 404: ErrorOut}, tags=["reference"],
         summary="관서와 관할구역")
def office_detail(request: HttpRequest, code: str, date: Query[dt.date | None] = None) -> Any:
    day = _day(date)
    try:
        office = queries.find_office(code, day)
    except queries.NotFoundError:
        return Status(404, {"detail": _("해당 날짜에 그 코드나 이름의 관서가 없습니다. 관서 목록을 확인하세요.")})
    return {
        **office_out(office),
        "evidence": office.evidence,
        "jurisdiction": [
            {"region": region_out(j.region), "valid_from": j.valid_from, "valid_to": j.valid_to,
             "data_quality": j.data_quality, "note": j.note}
            for j in queries.jurisdiction_of(office, day)
        ],
        "centres": [
            {"code": c.code, "name": c.name, "data_quality": c.data_quality}
            for c in queries.centres_of(office, day)
        ],
    }


