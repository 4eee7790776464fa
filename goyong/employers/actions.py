"""Every write of the companies part: imports (all or nothing), screening runs, hiring-
potential runs, discovery visits and opt-outs, each with its audit row.

`acting_user=None` means the system (the CLI without --user, the demo); a user passed in must
hold the permission."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from django.db import transaction
from django.utils.translation import gettext as _

from goyong.accounts.policies import primary_office_of
from goyong.audit.actions import record
from goyong.employers import importer
from goyong.employers import potential as potential_adapter
from goyong.employers import screening as screening_adapter
from goyong.employers.choices import CertificationKind, PotentialRunStatus, VisitOutcome
from goyong.employers.engine import potential as potential_engine
from goyong.employers.errors import RowError, VisitError
from goyong.employers.models import (
    Certification,
    Company,
    DiscoveryVisit,
    HeadcountMonth,
    PotentialRun,
    PotentialScore,
    ScreeningResult,
    ScreeningRun,
)
from goyong.employers.policies import (
    can_edit_companies,
    can_record_visit,
    can_run_potential,
    can_run_screening,
)
from goyong.reference import queries as reference

Progress = Callable[[int, int, str], None]


def _require(allowed: bool, acting_user: Any, what: str) -> None:
    if acting_user is not None and not allowed:
        raise PermissionError(what)


def _office(acting_user: Any) -> Any:
    return primary_office_of(acting_user) if acting_user is not None else None


# --- import ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    kind: str
    dry_run: bool
    rows: int = 0
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return self.error_count == 0


def import_file(file: Any, *, acting_user: Any, file_name: str | None = None,
                dry_run: bool = False) -> ImportResult:
    """Import a companies or headcount-history file: every row or none."""
    _require(can_edit_companies(acting_user), acting_user, "employers.companies.import")
    if isinstance(file, bytes):
        data, name = file, file_name or "upload.csv"
    elif isinstance(file, str | Path):
        data, name = Path(file).read_bytes(), file_name or Path(file).name
    else:
        data, name = file.read(), file_name or Path(getattr(file, "name", "upload.csv")).name
    parsed = importer.parse(data, name)
    if parsed.kind == "companies":
        _resolve_regions(parsed)
    else:
        _resolve_companies(parsed)
    result = ImportResult(parsed.kind, dry_run, rows=len(parsed.rows), errors=parsed.errors,
                          error_count=parsed.error_count)
    if not result.ok or dry_run:
        return result
    with transaction.atomic():
        if parsed.kind == "companies":
            result.created, result.updated = _write_companies(parsed.rows)
        else:
            result.created, result.updated = _write_headcounts(parsed.rows)
        record("employers.companies.imported", actor=acting_user, office=_office(acting_user),
               data={"file": name, "kind": parsed.kind, "rows": result.rows,
                     "created": result.created, "updated": result.updated})
    return result


def _resolve_regions(parsed: importer.Parsed) -> None:
    """Each 시군구 code must exist today; the covering office comes from the reference data."""
    day = reference.today()
    coverage = {row.region.kostat_code: row for row in reference.coverage_on(day).values()}
    for row in parsed.rows:
        code = row["sigungu_code"]
        if not code:
            continue
        found = coverage.get(code)
        if found is None:
            parsed.error(row["row"], "시군구코드", code, _(
                "오늘 유효한 시군구 코드가 아닙니다. 통계청 행정구역분류 5자리 코드를 "
                "확인하세요."))
            continue
        row["office_code"] = found.office.code
        if row["latitude"] is None and found.region.centroid_lat is not None:
            row["latitude"], row["longitude"] = (found.region.centroid_lat,
                                                 found.region.centroid_lon)


def _resolve_companies(parsed: importer.Parsed) -> None:
    known = dict(Company.objects.filter(brn__in={r["brn"] for r in parsed.rows})
                 .values_list("brn", "pk"))
    for row in parsed.rows:
        row["company_id"] = known.get(row["brn"])
        if row["company_id"] is None and len(row["brn"]) == 10:
            parsed.error(row["row"], "사업자등록번호", row["brn"], _(
                "등록되지 않은 기업입니다. 기업 파일을 먼저 가져오세요."))


COMPANY_FIELDS = ["name", "ksic10_code", "ksic9_code", "industry_section", "size_class",
                  "address", "sigungu_code", "latitude", "longitude", "office_code",
                  "is_large_group", "is_public_company", "credit_grade", "accident_rate",
                  "accident_rate_year", "regular_share", "flexible_work", "ilga_pledge",
                  "ilga_pledged_on"]


def _write_companies(rows: list[dict[str, Any]]) -> tuple[int, int]:
    existing = {c.brn: c for c in Company.objects.filter(brn__in=[r["brn"] for r in rows])}
    new: list[Company] = []
    changed: list[Company] = []
    for row in rows:
        company = existing.get(row["brn"]) or Company(brn=row["brn"])
        for name in COMPANY_FIELDS:
            setattr(company, name, row[name])
        (changed if company.pk else new).append(company)
    Company.objects.bulk_create(new)
    Company.objects.bulk_update(changed, COMPANY_FIELDS)
    by_brn = {c.brn: c.pk for c in Company.objects.filter(brn__in=[r["brn"] for r in rows])}
    certificates = [Certification(company_id=by_brn[r["brn"]],
                                  kind=CertificationKind.FAMILY_FRIENDLY,
                                  certified_on=r["family_friendly_on"])
                    for r in rows if r["family_friendly_on"]]
    Certification.objects.bulk_create(certificates, ignore_conflicts=True)
    return len(new), len(changed)


HEADCOUNT_FIELDS = ["insured", "hires", "separations", "hires_permanent", "hires_part_time",
                    "youth_hires", "average_wage"]


def _write_headcounts(rows: list[dict[str, Any]]) -> tuple[int, int]:
    existing = {(h.company_id, h.month): h for h in HeadcountMonth.objects.filter(
        company_id__in={r["company_id"] for r in rows},
        month__in={r["month"] for r in rows})}
    new: list[HeadcountMonth] = []
    changed: list[HeadcountMonth] = []
    for row in rows:
        item = existing.get((row["company_id"], row["month"])) or HeadcountMonth(
            company_id=row["company_id"], month=row["month"])
        for name in HEADCOUNT_FIELDS:
            setattr(item, name, row[name])
        (changed if item.pk else new).append(item)
    HeadcountMonth.objects.bulk_create(new, batch_size=2000)
    HeadcountMonth.objects.bulk_update(changed, HEADCOUNT_FIELDS, batch_size=2000)
    return len(new), len(changed)


# --- screening ---------------------------------------------------------------------------


def run_screening(year: int, *, acting_user: Any,
                  progress: Progress | None = None) -> ScreeningRun:
    """Screen every company under the year's rule set and store each result."""
    _require(can_run_screening(acting_user), acting_user, "employers.screening.run")
    screened = screening_adapter.screen(Company.objects.all(), year, progress=progress)
    outcome = screened.outcome
    with transaction.atomic():
        run = ScreeningRun.objects.create(
            year=year, rules_year=screened.rules_year, reference_date=screened.reference,
            created_by=acting_user if getattr(acting_user, "is_authenticated", False)
            else None,
            companies=len(screened.ids), passed=int(outcome.passed.sum()),
            youth_friendly=int(outcome.youth_friendly.sum()), failures=outcome.failures())
        if progress:
            progress(2, 3, _("결과를 저장하는 중입니다."))
        ScreeningResult.objects.bulk_create([
            ScreeningResult(run=run, company_id=company_id, passed=bool(outcome.passed[i]),
                            youth_friendly=bool(outcome.youth_friendly[i]),
                            youth_points=int(outcome.youth_points[i]),
                            criteria=screened.criteria_of(i))
            for i, company_id in enumerate(screened.ids)], batch_size=2000)
        record("employers.screening.run", actor=acting_user, office=_office(acting_user),
               subject=run, data={"year": year, "rules_year": screened.rules_year,
                                  "companies": run.companies, "passed": run.passed})
    if progress:
        progress(3, 3, _("심사를 마쳤습니다."))
    return run


def start_screening(year: int, *, acting_user: Any) -> Any:
    """Run the batch screening as a background job (goyong.core.jobs) with progress."""
    _require(can_run_screening(acting_user), acting_user, "employers.screening.run")
    from goyong.core import jobs
    from goyong.employers.tasks import SCREEN_KIND, screen_all_task

    screening_adapter.rules_for(year)  # a wrong year fails here, before a job exists
    with transaction.atomic():
        job = jobs.start_job(screen_all_task, kind=SCREEN_KIND, acting_user=acting_user,
                             title=_("%(year)s년 강소기업 일괄 심사") % {"year": year},
                             args=[year, acting_user.pk if acting_user else None])
        record("employers.screening.started", actor=acting_user, office=_office(acting_user),
               data={"year": year, "job": str(job.uuid)})
    return job


# --- hiring potential --------------------------------------------------------------------


def run_potential(region_code: str, *, acting_user: Any,
                  rails: potential_engine.Guardrails | None = None) -> PotentialRun:
    """Back-test and score a region; publish only when the guardrails hold."""
    _require(can_run_potential(acting_user), acting_user, "employers.potential.run")
    data, result, part = potential_adapter.backtest(region_code)
    predicted, part_predicted = potential_adapter.predict(data)
    scores, stars = potential_engine.to_score(predicted)
    part_scores = (potential_engine.to_score(part_predicted)[0]
                   if part_predicted is not None else None)
    previous_run = PotentialRun.objects.filter(
        region_code=data.region_code, contract_type="all",
        status=PotentialRunStatus.PUBLISHED).order_by("-created_at", "-id").first()
    previous = None
    if previous_run is not None:
        old = dict(previous_run.scores.values_list("company_id", "score"))
        if all(pk in old for pk in data.ids):
            previous = np.array([old[pk] for pk in data.ids], dtype=np.int64)
    broken = potential_engine.check_guardrails(result, scores, previous,
                                               rails or potential_engine.Guardrails())
    metrics = {"all": result.as_dict(),
               "part_time": part.as_dict() if part is not None else None,
               "last_month": data.last_month.isoformat(), "guardrails": broken}
    with transaction.atomic():
        run = PotentialRun.objects.create(
            region_code=data.region_code, as_of=data.last_month,
            created_by=acting_user if getattr(acting_user, "is_authenticated", False)
            else None,
            status=PotentialRunStatus.REFUSED if broken else PotentialRunStatus.PUBLISHED,
            metrics=metrics, refusal=potential_adapter.guardrail_text(broken))
        PotentialScore.objects.bulk_create([
            PotentialScore(run=run, company_id=pk, score=int(scores[i]),
                           stars=float(stars[i]), predicted_hires=float(predicted[i]),
                           score_part_time=int(part_scores[i]) if part_scores is not None
                           else None)
            for i, pk in enumerate(data.ids)], batch_size=2000)
        record("employers.potential.published" if not broken else "employers.potential.refused",
               actor=acting_user, office=_office(acting_user), subject=run,
               data={"region": data.region_code, "rmse": round(result.rmse, 3),
                     "top10": round(result.top10, 3), "guardrails": broken})
    return run


# --- discovery visits --------------------------------------------------------------------


def record_visit(company: Company, *, acting_user: Any, office_code: str,
                 visited_on: dt.date, outcome: str = VisitOutcome.DONE,
                 vacancies_found: int = 0, part_time_conversions: int = 0,
                 gangso_candidate: bool = False, note: str = "") -> DiscoveryVisit:
    """Record an outreach visit (발굴 방문) and what it found."""
    if not can_record_visit(acting_user, office_code):
        raise PermissionError("employers.visit.record")
    if visited_on > reference.today():
        raise VisitError(_("방문일이 오늘보다 뒤입니다. 실제로 방문한 날짜를 넣으세요."))
    if outcome != VisitOutcome.DONE and (vacancies_found or part_time_conversions
                                         or gangso_candidate):
        raise VisitError(_("방문하지 못한 경우에는 발굴 결과를 적을 수 없습니다. 결과를 "
                           "'방문 완료'로 바꾸거나 발굴 수를 0으로 두세요."))
    with transaction.atomic():
        visit = DiscoveryVisit.objects.create(
            company=company, office_code=office_code, visited_on=visited_on,
            visited_by=acting_user, outcome=outcome, vacancies_found=vacancies_found,
            part_time_conversions=part_time_conversions, gangso_candidate=gangso_candidate,
            note=note)
        record("employers.visit.recorded", actor=acting_user, office=_office(acting_user),
               subject=visit, data={"company": company.brn, "outcome": outcome,
                                    "vacancies_found": vacancies_found,
                                    "part_time_conversions": part_time_conversions,
                                    "gangso_candidate": gangso_candidate})
    return visit


def set_visit_opt_out(company: Company, opt_out: bool, *, acting_user: Any) -> Company:
    """Record a company's wish not to be visited (or withdraw it)."""
    if not can_record_visit(acting_user, company.office_code) and not can_edit_companies(
            acting_user):
        raise PermissionError("employers.company.opt_out")
    with transaction.atomic():
        company.visit_opt_out = opt_out
        company.visit_opt_out_on = reference.today() if opt_out else None
        company.save(update_fields=["visit_opt_out", "visit_opt_out_on", "updated_at"])
        record("employers.company.opted_out" if opt_out else "employers.company.opted_in",
               actor=acting_user, office=_office(acting_user), subject=company,
               data={"brn": company.brn})
    return company
