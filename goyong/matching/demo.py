"""Demo data of this app: generators with the signature of goyong.core.demo_data
(rng, faker, scale) -> counts, idempotent, run in order after the core generators.

* the national batch, in this process: local lists (k = 20) and wide-area lists (k = 10)
  of every active seeker and open vacancy;
* wide-area referrals between 서울청 and 부산청/중부청 in every state (sent, accepted,
  declined, interview arranged, hired with mobility support, not hired), made through the
  actions so that the hires create their placements;
* a job fair of 서울청 with seekers and vacancies registered and interviews assigned.

Deterministic: rows are chosen in primary-key order of the seekers and vacancies the
earlier generators made (themselves deterministic); no randomness of its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

SEOUL, BUSAN, JUNGBU = "12010", "13000", "15000"
# (from office, to office, final state, mobility support)
PLAN: list[tuple[str, str, str, tuple[bool, bool, bool]]] = [
    (SEOUL, BUSAN, "sent", (False, False, False)),
    (SEOUL, BUSAN, "accepted", (False, False, False)),
    (SEOUL, JUNGBU, "declined", (False, False, False)),
    (SEOUL, JUNGBU, "interview", (False, False, False)),
    (SEOUL, BUSAN, "hired", (True, True, False)),
    (BUSAN, SEOUL, "not_hired", (False, False, False)),
    (JUNGBU, SEOUL, "hired", (False, False, True)),
    (BUSAN, SEOUL, "sent", (False, False, False)),
    (JUNGBU, SEOUL, "accepted", (False, False, False)),
]


def batch(rng: Any, fake: Any, scale: int) -> dict[str, int]:
    """Stored recommendations for the demo's seekers and vacancies (once)."""
    from goyong.matching import actions, adapter
    from goyong.matching.models import MatchRun
    from goyong.reference import queries as ref

    if MatchRun.objects.exists():
        return {"matching.recommendations": 0}
    loaded = adapter.load_all(ref.today())
    local = actions.run_batch_now(scope="local", k=20, loaded=loaded)
    wide = actions.run_batch_now(scope="wide", k=10, loaded=loaded)
    return {"matching.recommendations": int(local.counts.get("recommendations", 0))
            + int(wide.counts.get("recommendations", 0))}


def _pick(items: list[Any], used: set[int]) -> Any:
    for item in items:
        if item.pk not in used:
            used.add(item.pk)
            return item
    return None


def referrals(rng: Any, fake: Any, scale: int) -> dict[str, int]:
    """Referrals between 서울청 and 부산청/중부청 in every state (once)."""
    from goyong.employers.vacancies.choices import VacancyStatus
    from goyong.matching import actions, adapter
    from goyong.matching.models import Referral
    from goyong.reference import queries as ref

    if Referral.objects.exists():
        return {"matching.referrals": 0}
    today = ref.today()
    offices = (SEOUL, BUSAN, JUNGBU)
    seekers = {code: list(adapter.active_seekers().filter(office_code=code).order_by("pk")
                          [:40]) for code in offices}
    vacancies = {code: [v for v in adapter.open_vacancies().filter(office_code=code)
                        .select_related("company").order_by("pk") if v.remaining >= 2]
                 for code in offices}
    used_s: set[int] = set()
    made = 0
    for n, (src, dst, state, (relocation, housing, commuting)) in enumerate(PLAN):
        seeker = _pick(seekers[src], used_s)
        choices = vacancies[dst]
        if seeker is None or not choices:
            continue
        vacancy = choices[n % len(choices)]
        if vacancy.status != VacancyStatus.OPEN:
            continue
        sent = today - dt.timedelta(days=30 - 3 * n)
        referral = actions.send_referral(seeker, vacancy, acting_user=None, day=sent,
                                         notes="희망 직종이 맞고 이주 의사가 있어 광역 알선합니다.")
        made += 1
        if state == "sent":
            continue
        if state == "declined":
            actions.decline_referral(referral, reason="모집 인원이 이미 찼습니다.",
                                     acting_user=None, day=sent + dt.timedelta(days=2))
            continue
        actions.accept_referral(referral, acting_user=None, day=sent + dt.timedelta(days=2))
        if state == "accepted":
            continue
        at = dt.datetime.combine(sent + dt.timedelta(days=7), dt.time(14, 0),
                                 tzinfo=dt.UTC)
        actions.arrange_interview(referral, at=at, place="사업장 면접실", acting_user=None)
        if state == "interview":
            continue
        actions.record_outcome(referral, hired=state == "hired", acting_user=None,
                               start_date=min(sent + dt.timedelta(days=14), today),
                               relocation=relocation, housing=housing, commuting=commuting,
                               day=sent + dt.timedelta(days=10))
    return {"matching.referrals": made}


def job_fair(rng: Any, fake: Any, scale: int) -> dict[str, int]:
    """A 서울청 job fair with registrations and the assigned interview schedule (once)."""
    from goyong.matching import actions, adapter
    from goyong.matching.models import JobFair
    from goyong.reference import queries as ref

    if JobFair.objects.exists():
        return {"matching.fair_interviews": 0}
    today = ref.today()
    fair = actions.create_fair(office_code=SEOUL, name="서울 상반기 채용박람회",
                               held_on=today + dt.timedelta(days=14), venue="서울고용센터 대강당",
                               max_per_seeker=3, per_opening=3, acting_user=None)
    seekers = list(adapter.active_seekers().filter(office_code__startswith="12")
                   .order_by("pk")[:30])
    vacancies = list(adapter.open_vacancies().filter(office_code__startswith="12")
                     .order_by("pk")[:12])
    actions.register_fair_seekers(fair, seekers, acting_user=None)
    actions.register_fair_vacancies(fair, vacancies, acting_user=None)
    rows = actions.assign_fair_interviews(fair, acting_user=None)
    return {"matching.fair_interviews": len(rows)}


GENERATORS: list[Any] = [batch, referrals, job_fair]
