from __future__ import annotations

import datetime as dt

from ninja import Field, Schema


class RegionOut(Schema):
    key: str
    level: str
    kostat_code: str
    kosis_code: str
    mois_code: str
    name: str
    full_name: str
    name_en: str
    parent_kostat_code: str | None
    valid_from: dt.date
    valid_to: dt.date | None
    data_quality: str


class CentreOut(Schema):
    code: str
    name: str
    data_quality: str


class OfficeOut(Schema):
    code: str
    name: str
    name_en: str
    kind: str
    parent_code: str | None
    valid_from: dt.date
    valid_to: dt.date | None
    data_quality: str


class JurisdictionOut(Schema):
    region: RegionOut
    valid_from: dt.date
    valid_to: dt.date | None
    data_quality: str
    note: str


class OfficeDetailOut(OfficeOut):
    evidence: str
    jurisdiction: list[JurisdictionOut]
    centres: list[CentreOut]


class CoverageOut(Schema):
    date: dt.date
    region: RegionOut
    office: OfficeOut
    data_quality: str


class MembershipOut(Schema):
    office_code: str
    office_name: str
    centre_code: str | None


class MeOut(Schema):
    username: str
    uuid: str
    display_name: str
    role: str
    role_label: str
    memberships: list[MembershipOut]


class ErrorOut(Schema):
    detail: str


class FieldErrorsOut(Schema):
    """A refusal with the Korean message per field that has to be fixed."""

    detail: str
    errors: dict[str, list[str]] = Field(default_factory=dict)
