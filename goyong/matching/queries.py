"""Reads of matching and referrals shaped for pages, the API and the CLI, already scoped."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _lazy

from goyong.accounts.policies import is_hq, office_codes_of
from goyong.matching import policies
from goyong.matching.choices import Direction, ReferralStatus, Scope
from goyong.matching.models import JobFair, MatchRun, Recommendation, Referral
from goyong.reference import queries as ref

COMPONENT_LABELS = {
    "occupation": _lazy("직종"), "skills": _lazy("기술"), "licences": _lazy("자격"),
    "wage": _lazy("임금"), "hours": _lazy("근무시간"), "distance": _lazy("거리"),
    "education": _lazy("학력"), "experience": _lazy("경력"), "programme": _lazy("사업 적합"),
    "freshness": _lazy("공고 신선도"),
}


def office_names(day: dt.date | None = None) -> dict[str, str]:
    return dict(ref.offices_on(day or ref.today()).values_list("code", "name"))


def seeker_for(user: Any, seeker_uuid: Any) -> Any:
    """A seeker the user may open (the registry's own rule), else 404."""
    from goyong.jobseekers.policies import seekers_visible_to

    seeker = seekers_visible_to(user).select_related("centre").filter(uuid=seeker_uuid).first()
    if seeker is None:
        raise Http404
    return seeker


def vacancy_for(user: Any, vacancy_uuid: Any) -> Any:
    """A vacancy whose recommended seekers the user may see (its office, HQ), else 404."""
    from goyong.employers.vacancies.policies import vacancies_visible_to

    vacancy = (vacancies_visible_to(user).select_related("company", "occupation")
               .filter(uuid=vacancy_uuid).first())
    if vacancy is None or not policies.can_view_vacancy_matches(user, vacancy):
        raise Http404
    return vacancy


def referral_for(user: Any, referral_uuid: Any) -> Referral:
    referral = (policies.referrals_visible_to(user)
                .select_related("seeker", "seeker__centre", "vacancy", "vacancy__company",
                                "vacancy__occupation", "placement")
                .filter(uuid=referral_uuid).first())
    if referral is None:
        raise Http404
    return referral


def fair_for(user: Any, fair_uuid: Any) -> JobFair:
    fair = policies.fairs_visible_to(user).filter(uuid=fair_uuid).first()
    if fair is None:
        raise Http404
    return fair


def clean_scope(value: str | None) -> str:
    return value if value in Scope.values else Scope.LOCAL


def seeker_jobs(seeker: Any, scope: str) -> list[Recommendation]:
    """A seeker's stored recommended jobs, best first."""
    return list(Recommendation.objects.filter(
        seeker=seeker, scope=scope, direction=Direction.VACANCIES_FOR_SEEKER)
        .select_related("vacancy", "vacancy__company", "vacancy__occupation")
        .order_by("rank"))


def referable_vacancies(seeker: Any, names: dict[str, str], limit: int = 200
                        ) -> list[tuple[str, str]]:
    """(uuid, label) of open vacancies under other offices a counsellor may refer the seeker
    to, those of the seeker's 대분류 first, then by office."""
    from goyong.matching import adapter

    desired = list(seeker.desired_occupations or [])
    major = adapter.major_of(desired[0], seeker.keco_scheme) if desired else None
    rows = [v for v in adapter.open_vacancies().exclude(office_code=seeker.office_code)
            .select_related("company", "occupation").order_by("office_code", "pk")
            if v.remaining > 0]
    rows.sort(key=lambda v: (adapter.major_of(v.occupation.code, v.occupation.scheme) != major,
                             v.office_code, v.pk))
    return [(str(v.uuid), f"{names.get(v.office_code, v.office_code)} · {v.title} · "
             f"{v.company.name}") for v in rows[:limit]]


@dataclass
class VacancySeekers:
    visible: list[Recommendation] = field(default_factory=list)
    hidden_by_office: dict[str, int] = field(default_factory=dict)


def vacancy_seekers(user: Any, vacancy: Any, scope: str) -> VacancySeekers:
    """A vacancy's recommended seekers: those the user may open, and how many others each
    office has (a referral from that office is the way to meet them)."""
    from goyong.jobseekers.policies import seekers_visible_to

    rows = list(Recommendation.objects.filter(
        vacancy=vacancy, scope=scope, direction=Direction.SEEKERS_FOR_VACANCY)
        .select_related("seeker", "seeker__centre").order_by("rank"))
    visible_ids = set(seekers_visible_to(user).filter(
        pk__in=[r.seeker_id for r in rows]).values_list("pk", flat=True))
    out = VacancySeekers()
    for r in rows:
        if r.seeker_id in visible_ids:
            out.visible.append(r)
        else:
            code = r.seeker.office_code
            out.hidden_by_office[code] = out.hidden_by_office.get(code, 0) + 1
    return out


def component_rows(rec: Recommendation) -> list[tuple[str, float]]:
    """(label, value) of the ten components of a stored recommendation."""
    return [(str(label), float(rec.components.get(code) or 0.0))
            for code, label in COMPONENT_LABELS.items()]


def referrals(user: Any, box: str) -> QuerySet[Referral]:
    """Inbox (to the user's offices) or outbox (from them); HQ sees every referral."""
    qs = policies.referrals_visible_to(user).select_related(
        "seeker", "vacancy", "vacancy__company")
    if is_hq(user):
        return qs
    codes = office_codes_of(user)
    if box == "out":
        return qs.filter(from_office_code__in=codes)
    return qs.filter(to_office_code__in=codes)


def referral_counts(user: Any) -> dict[str, int]:
    inbox = referrals(user, "in")
    return {"in_open": inbox.filter(status=ReferralStatus.SENT).count(),
            "in": inbox.count(), "out": referrals(user, "out").count()}


@dataclass
class LedgerRow:
    code: str
    name: str
    sent: int = 0
    received: int = 0
    hires_out: int = 0  # its seekers hired by vacancies of other offices
    hires_in: int = 0  # its vacancies filled by other offices' seekers


@dataclass
class Ledger:
    start: dt.date
    end: dt.date
    offices: list[LedgerRow]
    flows: list[dict[str, Any]]  # from, to, referrals, hires
    total_hires: int = 0


def ledger(start: dt.date, end: dt.date) -> Ledger:
    """Region-to-region ledger of wide-area referrals sent in [start, end]: whose seekers
    fill whose vacancies. A hire counts for both offices (out for the seeker's, in for the
    vacancy's). Counts only: every staff role may read it."""
    names = office_names()
    rows: dict[str, LedgerRow] = {}
    flows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def row(code: str) -> LedgerRow:
        if code not in rows:
            rows[code] = LedgerRow(code, names.get(code, code))
        return rows[code]

    total = 0
    for src, dst, status in Referral.objects.filter(sent_on__range=(start, end)).values_list(
            "from_office_code", "to_office_code", "status"):
        row(src).sent += 1
        row(dst).received += 1
        flows[(src, dst)][0] += 1
        if status == ReferralStatus.HIRED:
            row(src).hires_out += 1
            row(dst).hires_in += 1
            flows[(src, dst)][1] += 1
            total += 1
    return Ledger(
        start, end, sorted(rows.values(), key=lambda r: r.code),
        [{"from": a, "from_name": names.get(a, a), "to": b, "to_name": names.get(b, b),
          "referrals": v[0], "hires": v[1]} for (a, b), v in sorted(flows.items())],
        total)


def default_period(day: dt.date | None = None) -> tuple[dt.date, dt.date]:
    day = day or ref.today()
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def runs() -> QuerySet[MatchRun]:
    return MatchRun.objects.select_related("job").order_by("-created_at", "-id")


def fair_rows(fair: JobFair) -> dict[str, Any]:
    interviews = list(fair.interviews.select_related(
        "seeker", "vacancy", "vacancy__company").order_by("slot", "vacancy_id", "seeker_id"))
    return {
        "seekers": [r.seeker for r in fair.seekers.select_related("seeker").order_by(
            "seeker__name", "seeker_id")],
        "vacancies": [r.vacancy for r in fair.vacancies.select_related(
            "vacancy", "vacancy__company").order_by("vacancy_id")],
        "interviews": interviews,
    }


def seeker_rows(user: Any, page_qs: Any) -> list[dict[str, Any]]:
    """Rows of the "추천 일자리" list: each seeker with its top local and wide items."""
    seekers = list(page_qs)
    recs: dict[tuple[int, str], list[Recommendation]] = {}
    for r in (Recommendation.objects.filter(seeker__in=seekers,
                                            direction=Direction.VACANCIES_FOR_SEEKER)
              .select_related("vacancy", "vacancy__company").order_by("rank")):
        recs.setdefault((r.seeker_id, r.scope), []).append(r)
    return [{"seeker": s, "local": recs.get((s.pk, Scope.LOCAL), []),
             "wide": recs.get((s.pk, Scope.WIDE), [])} for s in seekers]


def matchable_seekers(user: Any) -> Any:
    """Seekers the user may open that the batch matches (active, with a desired occupation)."""
    from goyong.jobseekers.policies import seekers_visible_to
    from goyong.matching import adapter

    return (seekers_visible_to(user).filter(pk__in=adapter.active_seekers().values("pk"))
            .select_related("centre").defer(*adapter.ENCRYPTED).order_by("name", "pk"))


def matchable_vacancies(user: Any) -> Any:
    """Open vacancies whose recommended seekers the user may see (own offices; HQ all)."""
    from goyong.matching import adapter

    qs = adapter.open_vacancies().select_related("company").order_by("-opened_on", "pk")
    if is_hq(user):
        return qs
    return qs.filter(company__office_code__in=office_codes_of(user))


def vacancy_counts(vacancies: list[Any]) -> dict[tuple[int, str], int]:
    from django.db.models import Count

    rows = (Recommendation.objects.filter(vacancy__in=vacancies,
                                          direction=Direction.SEEKERS_FOR_VACANCY)
            .order_by().values_list("vacancy_id", "scope").annotate(n=Count("id")))
    return {(v, s): n for v, s, n in rows}
