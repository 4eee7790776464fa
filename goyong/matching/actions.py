"""Every write of matching and wide-area placement, each with its audit row.

Recommendations: `start_batch` (the national batch, one background task per block),
`refresh_for_seeker` / `refresh_for_vacancy` (incremental, after an edit).
Referrals (광역취업알선): `send_referral` by the seeker's office, then the receiving office
`accept_referral` / `decline_referral`, `arrange_interview`, `record_outcome` (a hire creates
the Placement through goyong.jobseekers.actions with the mobility support recorded).
Job fairs: `create_fair`, `register_fair_seekers`, `register_fair_vacancies`,
`assign_fair_interviews`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from goyong.audit.actions import record
from goyong.matching import adapter, compute, policies
from goyong.matching.choices import (
    Direction,
    FairStatus,
    ReferralStatus,
    RunKind,
    RunStatus,
    Scope,
)
from goyong.matching.errors import InvalidError, NotPermittedError, TransitionError
from goyong.matching.models import (
    FairInterview,
    FairSeeker,
    FairVacancy,
    JobFair,
    MatchRun,
    Recommendation,
    Referral,
)
from goyong.reference import queries as ref

MAX_K = 50


def _office(code: str) -> Any:
    return ref.offices_on(ref.today()).filter(code=code).first()


def _check_scope_k(scope: str, k: int) -> None:
    errors: dict[str, list[str]] = {}
    if scope not in Scope.values:
        errors["scope"] = [_("범위는 local(관내) 또는 wide(광역) 중에서 고르세요.")]
    if not 1 <= k <= MAX_K:
        errors["k"] = [_("추천 수 k는 1 이상 %(max)s 이하의 정수로 쓰세요.") % {"max": MAX_K}]
    if errors:
        raise InvalidError(errors)


# ------------------------------------------------------------------ recommendations
def start_batch(*, scope: str = Scope.LOCAL, k: int = 20, acting_user: Any) -> MatchRun:
    """Start the national batch: a planning task splits the work into blocks (대분류 ×
    office) and enqueues one task per block; progress is the share of blocks done."""
    from goyong.core import jobs
    from goyong.matching import tasks

    if acting_user is not None and not policies.can_run_batch(acting_user):
        raise NotPermittedError("matching.run.start")
    _check_scope_k(scope, k)
    with transaction.atomic():
        run = MatchRun.objects.create(
            kind=RunKind.BATCH, scope=scope, k=k,
            started_by=acting_user if getattr(acting_user, "pk", None) else None)
        job = jobs.start_job(tasks.plan_batch, kind="matching.run.batch",
                             title=_("전국 추천 일괄 계산(%(scope)s, k=%(k)s)") % {
                                 "scope": Scope(scope).label, "k": k},
                             acting_user=acting_user, args=[run.pk])
        run.job = job
        run.save(update_fields=["job"])
        record("matching.run.started", actor=acting_user, subject=run,
               data={"scope": scope, "k": k, "job": str(job.uuid)})
    return run


def run_batch_now(*, scope: str = Scope.LOCAL, k: int = 20, acting_user: Any = None,
                  day: dt.date | None = None, loaded: adapter.Loaded | None = None
                  ) -> MatchRun:
    """The batch in this process, block after block (demo data and small installations)."""
    if acting_user is not None and not policies.can_run_batch(acting_user):
        raise NotPermittedError("matching.run.start")
    _check_scope_k(scope, k)
    day = day or ref.today()
    with transaction.atomic():
        run = MatchRun.objects.create(kind=RunKind.BATCH, scope=scope, k=k,
                                      status=RunStatus.RUNNING)
        record("matching.run.started", actor=acting_user, subject=run,
               data={"scope": scope, "k": k, "in_process": True})
    loaded = loaded or adapter.load_all(day)
    todo = compute.blocks(loaded)
    run.blocks_total = len(todo)
    run.counts = {"seekers": len(loaded.seekers), "vacancies": len(loaded.vacancies)}
    run.save(update_fields=["blocks_total", "counts"])
    by_major: dict[int, list[int]] = {}
    for major, region in todo:
        by_major.setdefault(major, []).append(region)
    for major, regions in sorted(by_major.items()):
        # Blocking is exact, so one pass over a 대분류 equals its blocks one by one.
        group = compute.subset(loaded, major)
        s_rows = np.flatnonzero(np.isin(group.seekers.region, regions))
        v_rows = np.flatnonzero(np.isin(group.vacancies.region, regions)
                                & (group.vacancies.openings > 0))
        compute.match(group, s_rows, v_rows, scope=scope, k=k, run=run)
        run.blocks_done += len(regions)
    finish_run(run)
    return run


def finish_run(run: MatchRun) -> MatchRun:
    """Close a batch: congestion and coverage metrics, status done."""
    metrics = compute.run_metrics(run)
    run.gini, run.never_share, run.coverage = (metrics["gini"], metrics["never_share"],
                                               metrics["coverage"])
    run.metrics = metrics
    run.counts = {**run.counts, "recommendations": run.recommendations.count()}
    run.status = RunStatus.DONE
    run.finished_at = timezone.now()
    run.save(update_fields=["gini", "never_share", "coverage", "metrics", "counts", "status",
                            "finished_at", "blocks_done"])
    return run


def _refresh_seekers(seekers: list[Any], *, k: int, run: MatchRun, day: dt.date) -> None:
    vacancies = list(adapter.open_vacancies().select_related("occupation").order_by("pk"))
    loaded = adapter.load(seekers, vacancies, day)
    rows = np.arange(len(seekers), dtype=np.int64)
    for scope in Scope.values:
        compute.match(loaded, rows, None, scope=scope, k=k, run=run)


def refresh_for_seeker(seeker: Any, *, acting_user: Any, k: int = 20) -> MatchRun:
    """Recompute a seeker's recommended jobs (both scopes) after the record changed."""
    from goyong.jobseekers.policies import can_view_seeker

    if acting_user is not None and not can_view_seeker(acting_user, seeker):
        raise NotPermittedError("matching.recommendations.refresh")
    day = ref.today()
    with transaction.atomic():
        run = MatchRun.objects.create(kind=RunKind.SEEKER, scope=Scope.WIDE, k=k,
                                      status=RunStatus.RUNNING,
                                      started_by=acting_user if getattr(acting_user, "pk", None)
                                      else None)
        record("matching.recommendations.refreshed", actor=acting_user,
               office=_office(seeker.office_code), subject=seeker,
               data={"seeker": str(seeker.uuid), "run": str(run.uuid)})
    _refresh_seekers([seeker], k=k, run=run, day=day)
    run.counts = {"seekers": 1}
    run.status, run.finished_at = RunStatus.DONE, timezone.now()
    run.save(update_fields=["counts", "status", "finished_at"])
    return run


def refresh_for_vacancy(vacancy: Any, *, acting_user: Any, k: int = 20) -> MatchRun:
    """Recompute a vacancy's recommended seekers (both scopes), and the job lists of the
    seekers who had it or now get it (a closed vacancy leaves every list)."""
    if acting_user is not None and not policies.can_view_vacancy_matches(acting_user, vacancy):
        raise NotPermittedError("matching.recommendations.refresh")
    day = ref.today()
    with transaction.atomic():
        run = MatchRun.objects.create(kind=RunKind.VACANCY, scope=Scope.WIDE, k=k,
                                      status=RunStatus.RUNNING,
                                      started_by=acting_user if getattr(acting_user, "pk", None)
                                      else None)
        record("matching.recommendations.refreshed", actor=acting_user,
               office=_office(vacancy.office_code), subject=vacancy,
               data={"vacancy": str(vacancy.uuid), "run": str(run.uuid)})
    affected = set(Recommendation.objects.filter(
        vacancy=vacancy, direction=Direction.VACANCIES_FOR_SEEKER).values_list(
        "seeker_id", flat=True))
    seekers = list(adapter.active_seekers().order_by("pk"))
    vacancy = type(vacancy).objects.select_related("occupation").get(pk=vacancy.pk)
    loaded = adapter.load(seekers, [vacancy], day)
    for scope in Scope.values:
        compute.match(loaded, None, np.array([0], dtype=np.int64), scope=scope, k=k, run=run)
    affected |= set(Recommendation.objects.filter(
        vacancy=vacancy, direction=Direction.SEEKERS_FOR_VACANCY).values_list(
        "seeker_id", flat=True))
    again = [s for s in seekers if s.pk in affected]
    if again:
        _refresh_seekers(again, k=k, run=run, day=day)
    run.counts = {"vacancies": 1, "seekers": len(again)}
    run.status, run.finished_at = RunStatus.DONE, timezone.now()
    run.save(update_fields=["counts", "status", "finished_at"])
    return run


# ------------------------------------------------------------------ referrals
def _referral_data(referral: Referral) -> dict[str, Any]:
    return {"seeker": str(referral.seeker.uuid), "vacancy": str(referral.vacancy.uuid),
            "from": referral.from_office_code, "to": referral.to_office_code,
            "status": referral.status}


def send_referral(seeker: Any, vacancy: Any, *, acting_user: Any, notes: str = "",
                  day: dt.date | None = None) -> Referral:
    """Office A refers its seeker to a vacancy in another office's jurisdiction."""
    from goyong.employers.vacancies.choices import VacancyStatus

    if acting_user is not None and not policies.can_send_referral(acting_user, seeker):
        raise NotPermittedError("matching.referral.send")
    errors: dict[str, list[str]] = {}
    if vacancy.status != VacancyStatus.OPEN or vacancy.remaining < 1:
        errors["vacancy"] = [_("모집 중이고 남은 인원이 있는 구인에만 알선할 수 있습니다. "
                               "다른 구인을 고르세요.")]
    elif vacancy.office_code == seeker.office_code:
        errors["vacancy"] = [_("같은 관서 관할의 구인입니다. 광역 알선이 아니라 관내 알선으로 "
                               "처리하세요.")]
    elif Referral.objects.filter(seeker=seeker, vacancy=vacancy,
                                 status__in=[ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                                             ReferralStatus.INTERVIEW]).exists():
        errors["vacancy"] = [_("이 구직자를 이 구인에 이미 알선했습니다. 진행 중인 알선을 "
                               "확인하세요.")]
    if errors:
        raise InvalidError(errors)
    with transaction.atomic():
        referral = Referral.objects.create(
            seeker=seeker, vacancy=vacancy, from_office_code=seeker.office_code,
            to_office_code=vacancy.office_code, sent_on=day or ref.today(),
            notes=notes.strip()[:2000],
            sent_by=acting_user if getattr(acting_user, "pk", None) else None)
        record("matching.referral.sent", actor=acting_user,
               office=_office(referral.from_office_code), subject=referral,
               data=_referral_data(referral))
    return referral


def _answer(referral: Referral, acting_user: Any, allowed: set[str], event: str) -> None:
    if acting_user is not None and not policies.can_answer_referral(acting_user, referral):
        raise NotPermittedError(event)
    if referral.status not in allowed:
        raise TransitionError(_("이 알선은 지금 '%(status)s' 상태라서 이 처리를 할 수 없습니다. "
                                "알선 상세에서 현재 상태를 확인하세요.") % {
            "status": referral.get_status_display()})


def _save(referral: Referral, fields: list[str], event: str, acting_user: Any,
          data: dict[str, Any] | None = None) -> Referral:
    with transaction.atomic():
        referral.save(update_fields=[*fields, "updated_at"])
        record(event, actor=acting_user, office=_office(referral.to_office_code),
               subject=referral, data={**_referral_data(referral), **(data or {})})
    return referral


def accept_referral(referral: Referral, *, acting_user: Any, day: dt.date | None = None
                    ) -> Referral:
    _answer(referral, acting_user, {ReferralStatus.SENT}, "matching.referral.accepted")
    referral.status, referral.responded_on = ReferralStatus.ACCEPTED, day or ref.today()
    return _save(referral, ["status", "responded_on"], "matching.referral.accepted",
                 acting_user)


def decline_referral(referral: Referral, *, reason: str, acting_user: Any,
                     day: dt.date | None = None) -> Referral:
    _answer(referral, acting_user, {ReferralStatus.SENT, ReferralStatus.ACCEPTED},
            "matching.referral.declined")
    reason = reason.strip()
    if not reason:
        raise InvalidError({"reason": [_("거절 사유를 쓰세요. 보낸 관서가 다음 알선에 참고합니다.")]})
    referral.status, referral.responded_on = ReferralStatus.DECLINED, day or ref.today()
    referral.decline_reason = reason[:300]
    return _save(referral, ["status", "responded_on", "decline_reason"],
                 "matching.referral.declined", acting_user)


def arrange_interview(referral: Referral, *, at: dt.datetime, place: str, acting_user: Any
                      ) -> Referral:
    _answer(referral, acting_user, {ReferralStatus.ACCEPTED, ReferralStatus.INTERVIEW},
            "matching.referral.interview_arranged")
    if not isinstance(at, dt.datetime):
        raise InvalidError({"interview_at": [_("면접 일시를 2014-05-20 14:00처럼 쓰세요.")]})
    if timezone.is_naive(at):
        at = timezone.make_aware(at)
    referral.status, referral.interview_at = ReferralStatus.INTERVIEW, at
    referral.interview_place = place.strip()[:200]
    return _save(referral, ["status", "interview_at", "interview_place"],
                 "matching.referral.interview_arranged", acting_user,
                 {"interview_at": at.isoformat()})


def record_outcome(referral: Referral, *, hired: bool, acting_user: Any,
                   start_date: dt.date | None = None, relocation: bool = False,
                   housing: bool = False, commuting: bool = False, notes: str = "",
                   day: dt.date | None = None) -> Referral:
    """The interview's outcome. A hire creates the seeker's Placement (source 고용센터 알선,
    confirmed by the receiving office) with the mobility support recorded on the referral,
    and counts one hire against the vacancy's openings."""
    from goyong.employers.vacancies import actions as vacancy_actions
    from goyong.employers.vacancies.choices import VacancyStatus
    from goyong.employers.vacancies.policies import can_edit_vacancy
    from goyong.jobseekers import actions as seeker_actions
    from goyong.jobseekers.errors import SeekerInvalidError
    from goyong.jobseekers.validation import check_business_number

    _answer(referral, acting_user, {ReferralStatus.ACCEPTED, ReferralStatus.INTERVIEW},
            "matching.referral.outcome_recorded")
    today = day or ref.today()
    referral.outcome_on = today
    if notes.strip():
        referral.notes = (referral.notes + "\n" + notes.strip()).strip()[:2000]
    if not hired:
        referral.status = ReferralStatus.NOT_HIRED
        return _save(referral, ["status", "outcome_on", "notes"],
                     "matching.referral.outcome_recorded", acting_user, {"hired": False})
    if not isinstance(start_date, dt.date):
        raise InvalidError({"start_date": [_("채용이면 입사일을 2014-06-02처럼 쓰세요.")]})
    vacancy = referral.vacancy
    seeker = referral.seeker
    desired = list(seeker.desired_occupations or [])
    try:  # a registry row with a malformed number still names the employer
        brn = check_business_number(vacancy.company.brn)
    except ValueError:
        brn = ""
    data = {
        "employer_name": vacancy.company.name, "business_number": brn,
        "vacancy_ref": str(vacancy.uuid)[:40],
        "occupation_code": desired[0] if desired and seeker.keco_scheme == "keco2007" else "",
        "start_date": start_date,
        "monthly_wage": max(int(round(adapter.monthly_wage(
            vacancy.wage_amount, vacancy.wage_basis, vacancy.weekly_hours))), 1),
        "weekly_hours": max(min(int(vacancy.weekly_hours), 68), 1), "insured": True,
        "source": "referral", "verified": True, "verification_method": "counsellor",
    }
    referral.status = ReferralStatus.HIRED
    referral.start_date = start_date
    referral.relocation_support, referral.housing_support = relocation, housing
    referral.commuting_support = commuting
    with transaction.atomic():
        try:
            # The receiving office may not edit the sending office's seeker; the accepted
            # referral is its right to record this hire (checked above), in its own name.
            placement = seeker_actions.record_placement(seeker, data, acting_user=acting_user,
                                                        permitted=True)
        except SeekerInvalidError as error:
            raise InvalidError(error.errors) from error
        referral.placement = placement
        _save(referral, ["status", "outcome_on", "notes", "start_date", "relocation_support",
                         "housing_support", "commuting_support", "placement"],
              "matching.referral.outcome_recorded", acting_user,
              {"hired": True, "placement": str(placement.uuid),
               "mobility": {"relocation": relocation, "housing": housing,
                            "commuting": commuting}})
        if (vacancy.status == VacancyStatus.OPEN and vacancy.remaining > 0
                and acting_user is not None and can_edit_vacancy(acting_user, vacancy)):
            vacancy_actions.record_hires(vacancy, 1, acting_user=acting_user)
    return referral


def withdraw_referral(referral: Referral, *, acting_user: Any) -> Referral:
    """The sending office takes back a referral not yet answered (recorded as declined)."""
    if acting_user is not None and not policies.can_withdraw_referral(acting_user, referral):
        raise NotPermittedError("matching.referral.withdrawn")
    if referral.status != ReferralStatus.SENT:
        raise TransitionError(_("답변을 받기 전의 알선만 거둘 수 있습니다. 받는 관서에 연락하세요."))
    referral.status, referral.decline_reason = ReferralStatus.DECLINED, _("보낸 관서가 철회함")
    referral.responded_on = ref.today()
    with transaction.atomic():
        referral.save(update_fields=["status", "decline_reason", "responded_on", "updated_at"])
        record("matching.referral.withdrawn", actor=acting_user,
               office=_office(referral.from_office_code), subject=referral,
               data=_referral_data(referral))
    return referral


def record_referral_viewed(referral: Referral, *, acting_user: Any, channel: str = "page"
                           ) -> None:
    """Every view of a referral (and so of the referred seeker) is audited."""
    with transaction.atomic():
        record("matching.referral.viewed", actor=acting_user,
               office=_office(referral.to_office_code), subject=referral,
               data={"seeker": str(referral.seeker.uuid), "channel": channel})


def record_referrals_exported(referrals: list[Referral], *, acting_user: Any, box: str
                              ) -> None:
    """A download of referral rows (names of seekers) is audited like a view."""
    with transaction.atomic():
        record("matching.referrals.exported", actor=acting_user,
               data={"box": box, "count": len(referrals),
                     "referrals": [str(r.uuid) for r in referrals[:500]]})


def record_fair_exported(fair: JobFair, *, acting_user: Any) -> None:
    """A download of a fair's interview schedule (names of seekers) is audited."""
    with transaction.atomic():
        record("matching.fair.exported", actor=acting_user, office=_office(fair.office_code),
               subject=fair, data={"interviews": fair.interviews.count()})


# ------------------------------------------------------------------ job fairs
def create_fair(*, office_code: str, name: str, held_on: dt.date, max_per_seeker: int = 3,
                per_opening: int = 3, venue: str = "", acting_user: Any) -> JobFair:
    if acting_user is not None and not policies.can_manage(acting_user, office_code):
        raise NotPermittedError("matching.fair.created")
    errors: dict[str, list[str]] = {}
    if not name.strip():
        errors["name"] = [_("박람회 이름을 쓰세요.")]
    if not 1 <= max_per_seeker <= 10:
        errors["max_per_seeker"] = [_("구직자당 최대 면접 수(m)는 1~10 사이로 쓰세요.")]
    if not 1 <= per_opening <= 10:
        errors["per_opening"] = [_("모집 인원 1명당 면접 수(c)는 1~10 사이로 쓰세요.")]
    if errors:
        raise InvalidError(errors)
    with transaction.atomic():
        fair = JobFair.objects.create(
            name=name.strip()[:120], office_code=office_code, held_on=held_on,
            venue=venue.strip()[:200], max_per_seeker=max_per_seeker, per_opening=per_opening,
            created_by=acting_user if getattr(acting_user, "pk", None) else None)
        record("matching.fair.created", actor=acting_user, office=_office(office_code),
               subject=fair, data={"name": fair.name, "m": max_per_seeker, "c": per_opening})
    return fair


def register_fair_seekers(fair: JobFair, seekers: list[Any], *, acting_user: Any) -> int:
    if acting_user is not None and not policies.can_manage_fair(acting_user, fair):
        raise NotPermittedError("matching.fair.seekers_registered")
    with transaction.atomic():
        before = fair.seekers.count()
        FairSeeker.objects.bulk_create([FairSeeker(fair=fair, seeker=s) for s in seekers],
                                       ignore_conflicts=True)
        added = fair.seekers.count() - before
        record("matching.fair.seekers_registered", actor=acting_user,
               office=_office(fair.office_code), subject=fair, data={"added": added})
    return added


def register_fair_vacancies(fair: JobFair, vacancies: list[Any], *, acting_user: Any) -> int:
    if acting_user is not None and not policies.can_manage_fair(acting_user, fair):
        raise NotPermittedError("matching.fair.vacancies_registered")
    with transaction.atomic():
        before = fair.vacancies.count()
        FairVacancy.objects.bulk_create([FairVacancy(fair=fair, vacancy=v) for v in vacancies],
                                        ignore_conflicts=True)
        added = fair.vacancies.count() - before
        record("matching.fair.vacancies_registered", actor=acting_user,
               office=_office(fair.office_code), subject=fair, data={"added": added})
    return added


def assign_fair_interviews(fair: JobFair, *, acting_user: Any) -> list[FairInterview]:
    """Assign the fair's interviews (maximum total score, at most m per seeker and c per
    opening) and store the schedule, replacing an earlier one."""
    from goyong.matching import fair as fair_engine

    if acting_user is not None and not policies.can_manage_fair(acting_user, fair):
        raise NotPermittedError("matching.fair.assigned")
    plan = fair_engine.plan(fair, ref.today())
    with transaction.atomic():
        fair.interviews.all().delete()
        rows = FairInterview.objects.bulk_create(plan.interviews)
        fair.status = FairStatus.ASSIGNED
        fair.assigned_total = plan.total
        fair.save(update_fields=["status", "assigned_total"])
        record("matching.fair.assigned", actor=acting_user, office=_office(fair.office_code),
               subject=fair, data={"interviews": len(rows), "total": plan.total})
    return rows
