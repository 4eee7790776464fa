"""Every write of the job-seeker registry, each with its audit row in the same transaction.

`acting_user=None` is the operator at the server's command line (imports, demo data), as in
the other apps; every other caller passes the signed-in user, whose permission is checked.
Audit rows never carry personal data: field names, not values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from goyong.audit.actions import record
from goyong.jobseekers import policies
from goyong.jobseekers.choices import (
    RETENTION_MONTHS,
    LeaveReason,
    PlacementSource,
    RetentionSource,
    VerificationMethod,
)
from goyong.jobseekers.errors import (
    DuplicateSeekerError,
    NotPermittedError,
    RetentionAlreadyCheckedError,
    RowError,
    SeekerInvalidError,
)
from goyong.jobseekers.models import CareerEntry, JobSeeker, Placement, RetentionCheck
from goyong.jobseekers.signals import seeker_changed
from goyong.jobseekers.tokens import search_tokens
from goyong.jobseekers.validation import (
    check_business_number,
    clean_seeker,
    missing_required,
    valid_keco_codes,
)
from goyong.reference.models import EmploymentCentre

ENCRYPTED_FIELDS = frozenset({"rrn", "phone", "email", "address"})


def _today() -> dt.date:
    return timezone.localdate()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter."""
    import calendar

    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _office_of(seeker: JobSeeker) -> Any:
    return seeker.centre.office


def _is_duplicate(rrn_index: str, exclude_pk: int | None = None) -> bool:
    if not rrn_index:
        return False
    qs = JobSeeker.objects.filter(rrn_index=rrn_index)
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    return qs.exists()


def build_seeker(data: dict[str, Any], *, centre: EmploymentCentre,
                 day: dt.date | None = None) -> JobSeeker:
    """A checked, unsaved JobSeeker (no permission check, no audit): shared by
    `register_seeker` and the importer, which saves many in one transaction."""
    day = day or _today()
    missing = missing_required(data)
    try:
        values = clean_seeker(data, day=day)
    except SeekerInvalidError as exc:
        for key, messages in missing.items():
            exc.errors.setdefault(key, messages)
        raise
    if missing:
        raise SeekerInvalidError(missing)
    if _is_duplicate(values.get("rrn_index", "")):
        raise DuplicateSeekerError
    values.setdefault("registered_on", day)
    seeker = JobSeeker(**values, centre=centre, centre_code=centre.code,
                       office_code=centre.office.code)
    seeker.search_tokens = search_tokens(seeker.licences, seeker.skills)
    return seeker


def register_seeker(data: dict[str, Any], *, centre: EmploymentCentre,
                    acting_user: Any) -> JobSeeker:
    """Register a job seeker at `centre`; `data` holds typed values keyed by field name
    (`residence` as a 시군구 name or code)."""
    if acting_user is not None and not policies.can_register_at(acting_user, centre):
        raise NotPermittedError("jobseekers.seeker.register")
    seeker = build_seeker(data, centre=centre)
    with transaction.atomic():
        seeker.save()
        record("jobseekers.seeker.registered", actor=acting_user, office=centre.office,
               subject=seeker, data={"centre": centre.code,
                                     "fields": sorted(k for k in data if data[k] not in ("", None))})
        _announce(seeker)
    return seeker


def update_seeker(seeker: JobSeeker, changes: dict[str, Any], *, acting_user: Any) -> JobSeeker:
    """Change the fields in `changes`; only those that differ are saved and audited."""
    if acting_user is not None and not policies.can_edit_seeker(acting_user, seeker):
        raise NotPermittedError("jobseekers.seeker.update")
    if "rrn" in changes and not (changes["rrn"] or "").strip() and not seeker.rrn:
        changes = {k: v for k, v in changes.items() if k != "rrn"}
    values = clean_seeker(changes, day=_today(), current=seeker)
    if values.get("rrn_index") and _is_duplicate(values["rrn_index"], exclude_pk=seeker.pk):
        raise DuplicateSeekerError
    changed = [key for key, value in values.items() if getattr(seeker, key) != value]
    if not changed:
        return seeker
    for key in changed:
        setattr(seeker, key, values[key])
    fields = list(changed)
    if {"licences", "skills"} & set(changed):
        seeker.search_tokens = search_tokens(seeker.licences, seeker.skills)
        fields.append("search_tokens")
    with transaction.atomic():
        seeker.save(update_fields=[*fields, "updated_at"])
        record("jobseekers.seeker.updated", actor=acting_user, office=_office_of(seeker),
               subject=seeker, data={"fields": sorted(k for k in changed if k != "rrn_index")})
        _announce(seeker)
    return seeker


def _announce(seeker: JobSeeker) -> None:
    """Tell listeners (matching) once the change is committed."""
    transaction.on_commit(lambda: seeker_changed.send(sender=JobSeeker, seeker=seeker))


def record_seeker_viewed(seeker: JobSeeker, *, acting_user: Any, channel: str = "page",
                         purpose: str = "") -> None:
    """Audit one view or export of a seeker's record (page, API, Excel)."""
    if not policies.can_view_seeker(acting_user, seeker):
        raise NotPermittedError("jobseekers.seeker.view")
    with transaction.atomic():
        record("jobseekers.seeker.viewed", actor=acting_user, office=_office_of(seeker),
               subject=seeker, data={"channel": channel, "purpose": purpose})


def record_seekers_exported(seekers: list[JobSeeker], *, acting_user: Any,
                            filters: dict[str, Any], channel: str = "excel") -> None:
    """Audit an export of a list of seekers: one row naming the export, one per seeker."""
    if acting_user is not None and not policies.can_view_seekers(acting_user):
        raise NotPermittedError("jobseekers.seeker.export")
    from goyong.accounts.policies import primary_office_of

    with transaction.atomic():
        record("jobseekers.seekers.exported", actor=acting_user,
               office=primary_office_of(acting_user) if acting_user else None,
               data={"channel": channel, "filters": filters, "count": len(seekers)})
        for seeker in seekers:
            record("jobseekers.seeker.viewed", actor=acting_user, office=_office_of(seeker),
                   subject=seeker, data={"channel": channel, "purpose": "export"})


def _invalid(field: str, message: str) -> SeekerInvalidError:
    return SeekerInvalidError({field: [message]})


def add_career_entry(seeker: JobSeeker, data: dict[str, Any], *, acting_user: Any) -> CareerEntry:
    """Add one past job (occupation, years, reason for leaving) to a seeker's career."""
    if acting_user is not None and not policies.can_edit_seeker(acting_user, seeker):
        raise NotPermittedError("jobseekers.career.add")
    errors: dict[str, list[str]] = {}
    name = (data.get("occupation_name") or "").strip()
    code = (data.get("occupation_code") or "").strip()
    if not name:
        errors["occupation_name"] = [_("직종을 쓰세요 (예: 사무원, 간호조무사).")]
    if code and valid_keco_codes([code]):
        errors["occupation_code"] = [_("직종 코드 '%(code)s'은(는) 한국고용직업분류(KECO) 중분류 "
                                       "코드가 아닙니다. 01~24 중에서 고르거나 비워 두세요.") % {
            "code": code}]
    try:
        years = Decimal(str(data.get("years", "")))
        if not Decimal("0") <= years <= Decimal("60"):
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        errors["years"] = [_("근속 연수는 0~60 사이의 숫자(예: 3.5)로 쓰세요.")]
        years = Decimal("0")
    reason = data.get("leave_reason") or ""
    if reason not in LeaveReason.values:
        errors["leave_reason"] = [_("퇴직 사유를 목록에서 고르세요.")]
    ended_on = data.get("ended_on")
    if ended_on is not None and (not isinstance(ended_on, dt.date) or ended_on > _today()):
        errors["ended_on"] = [_("퇴직일은 오늘이나 그 전 날짜로 쓰세요.")]
    if errors:
        raise SeekerInvalidError(errors)
    entry = CareerEntry(seeker=seeker, occupation_code=code, occupation_name=name,
                        employer_name=(data.get("employer_name") or "").strip()[:120],
                        years=years, ended_on=ended_on, leave_reason=reason)
    with transaction.atomic():
        entry.save()
        record("jobseekers.career.added", actor=acting_user, office=_office_of(seeker),
               subject=seeker, data={"leave_reason": reason, "occupation_code": code})
    return entry


def _clean_placement(data: dict[str, Any], seeker: JobSeeker) -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}
    employer = (data.get("employer_name") or "").strip()
    if not employer:
        errors["employer_name"] = [_("사업장명을 쓰세요.")]
    out["employer_name"] = employer[:120]
    number = (data.get("business_number") or "").strip()
    out["business_number"] = ""
    if number:
        try:
            out["business_number"] = check_business_number(number)
        except ValueError as exc:
            errors["business_number"] = [str(exc)]
    out["vacancy_ref"] = (data.get("vacancy_ref") or "").strip()[:40]
    code = (data.get("occupation_code") or "").strip()
    if code and valid_keco_codes([code]):
        errors["occupation_code"] = [_("직종 코드 '%(code)s'은(는) 한국고용직업분류(KECO) 중분류 "
                                       "코드가 아닙니다. 01~24 중에서 고르거나 비워 두세요.") % {
            "code": code}]
    out["occupation_code"] = code
    start = data.get("start_date")
    if not isinstance(start, dt.date):
        errors["start_date"] = [_("입사일을 2014-03-15처럼 쓰세요.")]
    elif start < seeker.registered_on - dt.timedelta(days=365):
        errors["start_date"] = [_("입사일이 구직 등록일보다 1년 넘게 앞섭니다. 날짜를 다시 "
                                  "확인하세요.")]
    elif start > _today() + dt.timedelta(days=90):
        errors["start_date"] = [_("입사일은 오늘부터 90일 이내여야 합니다. 날짜를 다시 확인하세요.")]
    out["start_date"] = start
    wage = data.get("monthly_wage")
    if not isinstance(wage, int) or not 0 < wage <= 100_000_000:
        errors["monthly_wage"] = [_("월 임금은 1원 이상 1억 원 이하의 정수(원)로 쓰세요.")]
    out["monthly_wage"] = wage
    hours = data.get("weekly_hours")
    if not isinstance(hours, int) or not 1 <= hours <= 68:
        errors["weekly_hours"] = [_("주 소정근로시간은 1~68시간의 정수로 쓰세요.")]
    out["weekly_hours"] = hours
    out["insured"] = bool(data.get("insured"))
    source = data.get("source") or ""
    if source not in PlacementSource.values:
        errors["source"] = [_("취업 경로를 고용센터 알선, 본인 구직, 협력기관 알선 중에서 "
                              "고르세요.")]
    out["source"] = source
    verified = bool(data.get("verified"))
    method = data.get("verification_method") or ""
    if verified and method not in VerificationMethod.values:
        errors["verification_method"] = [_("확인된 취업이면 확인 방법을 고르세요.")]
    out["verified"] = verified
    out["verification_method"] = method if verified else ""
    if errors:
        raise SeekerInvalidError(errors)
    return out


def record_placement(seeker: JobSeeker, data: dict[str, Any], *,
                     acting_user: Any, permitted: bool = False) -> Placement:
    """Record a job a seeker took, with retention checks due 1, 3 and 6 months after the start.

    ``permitted``: the caller has already established the user's right in its own terms
    (the office that accepted a wide-area referral records the hire of another office's
    seeker); the placement and its audit row still name the user."""
    if acting_user is not None and not permitted and not policies.can_edit_seeker(acting_user,
                                                                                  seeker):
        raise NotPermittedError("jobseekers.placement.record")
    values = _clean_placement(data, seeker)
    placement = Placement(seeker=seeker, **values,
                          verified_on=_today() if values["verified"] else None,
                          recorded_by=acting_user if getattr(acting_user, "pk", None) else None)
    with transaction.atomic():
        placement.save()
        RetentionCheck.objects.bulk_create([
            RetentionCheck(placement=placement, month=month,
                           due_date=add_months(placement.start_date, month))
            for month in RETENTION_MONTHS
        ])
        record("jobseekers.placement.recorded", actor=acting_user, office=_office_of(seeker),
               subject=placement, data={"seeker": str(seeker.uuid), "source": placement.source,
                                        "verified": placement.verified,
                                        "start_date": placement.start_date.isoformat()})
    return placement


def verify_placement(placement: Placement, method: str, *, acting_user: Any) -> Placement:
    """Mark a placement verified (what the task force counts), saying how."""
    seeker = placement.seeker
    if acting_user is not None and not policies.can_edit_seeker(acting_user, seeker):
        raise NotPermittedError("jobseekers.placement.verify")
    if method not in VerificationMethod.values:
        raise _invalid("verification_method", _("확인 방법을 목록에서 고르세요."))
    placement.verified, placement.verification_method = True, method
    placement.verified_on = _today()
    with transaction.atomic():
        placement.save(update_fields=["verified", "verification_method", "verified_on"])
        record("jobseekers.placement.verified", actor=acting_user, office=_office_of(seeker),
               subject=placement, data={"method": method})
    return placement


def record_retention_check(check: RetentionCheck, *, employed: bool, source: str,
                           acting_user: Any, note: str = "") -> RetentionCheck:
    """Record whether the placed seeker was still employed at the 1-, 3- or 6-month check."""
    seeker = check.placement.seeker
    if acting_user is not None and not policies.can_edit_seeker(acting_user, seeker):
        raise NotPermittedError("jobseekers.retention.check")
    if source not in RetentionSource.values:
        raise _invalid("source", _("확인 근거를 고용보험 피보험자격 이력 또는 상담원 확인 중에서 "
                                   "고르세요."))
    if check.employed is not None:
        raise RetentionAlreadyCheckedError
    if check.due_date > _today():
        raise _invalid("month", _("이 확인은 %(due)s 이후에 할 수 있습니다. 예정일이 지난 뒤 "
                                  "기록하세요.") % {"due": check.due_date.isoformat()})
    check.employed, check.source, check.note = employed, source, note.strip()[:200]
    check.checked_at = timezone.now()
    check.checked_by = acting_user if getattr(acting_user, "pk", None) else None
    with transaction.atomic():
        check.save(update_fields=["employed", "source", "note", "checked_at", "checked_by"])
        record("jobseekers.retention.checked", actor=acting_user, office=_office_of(seeker),
               subject=check.placement, data={"month": check.month, "employed": employed,
                                              "source": source})
    return check


@dataclass
class ImportResult:
    file_name: str
    dry_run: bool
    rows_read: int = 0
    created: int = 0
    errors: list[RowError] = field(default_factory=list)
    seekers: list[JobSeeker] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def import_seekers(file: Any, *, acting_user: Any, centre_code: str = "",
                   dry_run: bool = False) -> ImportResult:
    """Register every row of a CSV/Excel file, or none: any row error stops the whole file.

    A row's centre is its 고용센터 코드 column, else `centre_code`."""
    from goyong.jobseekers import importer
    from goyong.reference import queries as ref

    data, name = importer.read(file)
    rows = importer.parse(data, name)
    result = ImportResult(file_name=name, dry_run=dry_run, rows_read=len(rows))
    day = ref.today()
    centres = {c.code: c for office in ref.offices_on(day) for c in ref.centres_of(office, day)}
    seen_rrn: dict[str, int] = {}

    def column(row: importer.ParsedRow, key: str) -> str:
        if key == "residence_code":
            key = "residence"
        return row.columns.get(key) or importer.COLUMNS.get(key, (key, key))[0]

    for row in rows:
        for key, value, message in row.errors:
            result.errors.append(RowError(row.row, column(row, key), value, message))
        if row.errors:
            continue
        values = dict(row.values)
        code = (values.pop("centre_code", "") or centre_code).strip()
        centre = centres.get(code)
        if centre is None:
            result.errors.append(RowError(
                row.row, importer.COLUMNS["centre_code"][0], code,
                _("고용센터 코드를 찾을 수 없습니다. 열에 쓰거나 --centre로 지정하세요.")
                if not code else _("오늘 운영 중인 고용센터의 코드가 아닙니다. 관서 목록에서 "
                                   "코드를 확인하세요.")))
            continue
        if acting_user is not None and not policies.can_register_at(acting_user, centre):
            result.errors.append(RowError(row.row, importer.COLUMNS["centre_code"][0], code, _(
                "이 고용센터에 구직자를 등록할 권한이 없습니다. 소속 센터의 코드로 쓰세요.")))
            continue
        values = {k: v for k, v in values.items() if not (k == "registered_on" and v is None)}
        try:
            seeker = build_seeker(values, centre=centre, day=day)
        except SeekerInvalidError as exc:
            for key, messages in exc.errors.items():
                for message in messages:
                    result.errors.append(RowError(row.row, column(row, key),
                                                  row.raw.get(key if key != "residence_code"
                                                              else "residence", ""), message))
            continue
        if seeker.rrn_index:
            if seeker.rrn_index in seen_rrn:
                result.errors.append(RowError(row.row, column(row, "rrn"), "******", _(
                    "%(other)s행과 주민등록번호가 같습니다. 한 사람은 한 번만 쓰세요.") % {
                    "other": seen_rrn[seeker.rrn_index]}))
                continue
            seen_rrn[seeker.rrn_index] = row.row
        result.seekers.append(seeker)
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        for seeker in result.seekers:
            seeker.save()
        result.created = len(result.seekers)
        record("jobseekers.seekers.imported", actor=acting_user,
               data={"file": name, "rows": result.rows_read, "created": result.created,
                     "seekers": [str(s.uuid) for s in result.seekers]})
    return result
