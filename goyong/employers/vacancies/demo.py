"""Demo data of this part (generators as in goyong.core.demo_data), run after the companies
part's generators.

Vacancies for about six companies per 시도, chosen by business number, each with one to three
ads whose kind follows its industry (care jobs at 요양원 and 재가복지센터, 경비·시설관리 for
older workers at facility-service companies, 시간선택제 office and sales work, …), in every
state: mostly open, some drafts, filled, closed and expired. Wages are drawn above this
year's minimum wage and checked by the rules, so every demo ad is one the forms would
accept. The demo `employer` account is linked to "(주)한빛정밀", which gets five ads of its
own. Deterministic (its own seeded generator), idempotent, one bulk insert."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

SEED = 2014
COMPANIES_PER_SIDO = 6
CARERS_PER_SIDO = 2
HANBIT_NAME = "(주)한빛정밀"  # created by the companies part's generator


@dataclass(frozen=True)
class Kind:
    title: str
    keco2018: str
    description: str
    care: str = ""
    part_time: bool = False
    part_time_type: str = ""
    hours: int = 40
    wage_factor: tuple[float, float] = (1.0, 1.4)


FULL = "permanent"
KINDS: dict[str, list[Kind]] = {
    "C": [Kind("CNC 선반 기능공", "8", "CNC 선반 가공, 도면 해독, 치수 검사"),
          Kind("생산직 사원(2교대)", "8", "조립 라인 작업, 설비 점검 보조"),
          Kind("품질 검사원", "8", "입고·출하 검사, 측정 기록 작성"),
          Kind("생산 사무 보조", "0", "생산 일지 정리, 자재 입출고 입력", part_time=True,
               part_time_type="new_hire", hours=25, wage_factor=(1.2, 1.45))],
    "Q": [Kind("요양보호사", "5", "요양원 입소 어르신 신체활동·일상생활 지원", care="nursing_care",
               part_time=True, part_time_type="new_hire", hours=25, wage_factor=(1.05, 1.4)),
          Kind("노인돌봄 생활지원사", "2", "홀몸 어르신 안부 확인, 생활교육, 서비스 연계",
               care="elderly_care", part_time=True, part_time_type="new_hire", hours=30,
               wage_factor=(1.0, 1.35)),
          Kind("간병인", "5", "입원 환자 간병, 식사·이동 보조", care="nursing_care"),
          Kind("장애인 활동지원사", "5", "장애인 일상생활·외출 지원", care="disability_support",
               part_time=True, part_time_type="new_hire", hours=20),
          Kind("아이돌보미", "5", "맞벌이 가정 영유아 돌봄", care="child_care", part_time=True,
               part_time_type="new_hire", hours=20)],
    "N": [Kind("아파트 경비원", "5", "단지 순찰, 출입 관리, 택배 보관(장년 우대)",
               care="older_worker", wage_factor=(1.0, 1.15)),
          Kind("건물 시설관리원", "5", "전기·기계 설비 점검, 시설 보수(장년 우대)",
               care="older_worker"),
          Kind("사무실 청소원", "5", "사무실 청소, 분리수거(오전 근무)", care="older_worker",
               part_time=True, part_time_type="new_hire", hours=20, wage_factor=(1.0, 1.2))],
    "G": [Kind("매장 판매원", "6", "매장 진열, 계산, 고객 응대", part_time=True,
               part_time_type="new_hire", hours=24),
          Kind("영업 관리 사원", "6", "거래처 관리, 주문·납품 관리")],
    "H": [Kind("화물차 운전원", "6", "1톤 화물 배송, 수도권 근거리"),
          Kind("물류센터 입출고원", "8", "입출고 검수, 지게차 운전", part_time=True,
               part_time_type="conversion", hours=30)],
    "I": [Kind("조리사", "5", "한식 조리, 식재료 관리"),
          Kind("홀 서빙 직원", "5", "점심 시간대 홀 서빙", part_time=True,
               part_time_type="new_hire", hours=15, wage_factor=(1.0, 1.2))],
    "J": [Kind("웹 개발자", "1", "사내 시스템 웹 개발, 유지보수", wage_factor=(1.5, 2.2)),
          Kind("데이터 입력 사원", "0", "고객 자료 입력·검수", part_time=True,
               part_time_type="conversion", hours=20, wage_factor=(1.3, 1.5))],
    "F": [Kind("건설 현장 안전관리 보조", "7", "현장 안전 점검, 안전교육 기록")],
}
OTHER = [Kind("경영지원 사무원", "0", "회계 전표 입력, 급여 자료 정리"),
         Kind("사무 보조", "0", "문서 정리, 전화 응대", part_time=True,
              part_time_type="conversion", hours=20, wage_factor=(1.3, 1.5))]
HANBIT_ADS = [  # (kind, status)
    (KINDS["C"][0], "open"), (KINDS["C"][3], "open"), (KINDS["C"][2], "draft"),
    (Kind("용접원", "8", "CO2 용접, 제관 작업"), "filled"), (KINDS["C"][1], "expired"),
]
STATES = ["open"] * 12 + ["draft"] * 2 + ["filled"] * 2 + ["closed"] * 2 + ["expired"] * 2


def _round_up(value: float, step: int) -> int:
    return int(math.ceil(value / step) * step)


def vacancies(rng: random.Random, fake: Any, scale: int) -> dict[str, int]:
    """Demo vacancies and the demo employer's link to (주)한빛정밀."""
    from django.db import transaction

    from goyong.accounts.models import User
    from goyong.audit.actions import record
    from goyong.employers.models import Company, EmployerUser, Vacancy
    from goyong.employers.vacancies import rules
    from goyong.employers.vacancies.tokens import token_field
    from goyong.reference import queries as reference
    from goyong.reference.models import ClassificationItem

    hanbit = Company.objects.filter(name=HANBIT_NAME).order_by("pk").first()
    employer = User.objects.filter(username="employer").first()
    linked = 0
    with transaction.atomic():
        if hanbit is not None and employer is not None:
            _link, created = EmployerUser.objects.get_or_create(user=employer, company=hanbit)
            if created:
                linked = 1
                record("employers.employer_user.linked", subject=hanbit,
                       data={"user": str(employer.uuid), "company": hanbit.brn, "demo": True})
    if Vacancy.objects.exists():
        return {"employers.vacancies": 0, "employers.employer_links": linked}

    gen = random.Random(SEED)  # noqa: S311 - demo data, not secrets
    today = reference.today()
    occupations = {i.code: i for i in ClassificationItem.objects.filter(scheme="keco2018")}
    leads = {u.username: u for u in User.objects.filter(username__endswith="-lead")}
    hq = User.objects.filter(username="hq").first()
    by_sido: dict[str, list[Company]] = {}
    for company in Company.objects.order_by("brn").only(
            "pk", "brn", "name", "sigungu_code", "office_code", "industry_section",
            "latitude", "longitude", "address"):
        by_sido.setdefault(company.sigungu_code[:2], []).append(company)
    plan: list[tuple[Company, Kind, str, Any]] = []
    if hanbit is not None and employer is not None:
        plan += [(hanbit, kind, state, employer) for kind, state in HANBIT_ADS]
    per_sido = COMPANIES_PER_SIDO * max(scale, 1)
    for _sido, companies in sorted(by_sido.items()):
        step = max(len(companies) // per_sido, 1)
        for company in companies[::step][:per_sido]:
            if hanbit is not None and company.pk == hanbit.pk:
                continue
            poster = leads.get(f"{company.office_code}-lead".lower()) or hq
            if poster is None:
                continue
            kinds = KINDS.get(company.industry_section, OTHER)
            for _n in range(gen.choice([1, 1, 2, 2, 3])):
                plan.append((company, gen.choice(kinds), gen.choice(STATES), poster))
        # Care providers post most of the care jobs older workers look for: two per 시도.
        carers = [c for c in companies if c.industry_section == "Q"][:CARERS_PER_SIDO]
        for company in carers:
            poster = leads.get(f"{company.office_code}-lead".lower()) or hq
            if poster is not None:
                plan.append((company, gen.choice(KINDS["Q"]), gen.choice(STATES), poster))

    rows: list[Vacancy] = []
    for company, kind, state, poster in plan:
        rows.append(_vacancy(company, kind, state, poster, gen, today, occupations,
                             rules, token_field))
    with transaction.atomic():
        Vacancy.objects.bulk_create(rows, batch_size=500)
        record("employers.vacancy.created", data={"demo": True, "count": len(rows)})
    return {"employers.vacancies": len(rows), "employers.employer_links": linked}


def _vacancy(company: Any, kind: Kind, state: str, poster: Any, gen: random.Random,
             today: dt.date, occupations: dict[str, Any], rules: Any, token_field: Any) -> Any:
    from goyong.employers.models import Vacancy

    if state == "draft":
        opened = None
    elif state in ("open",):
        opened = today - dt.timedelta(days=gen.randint(0, 45))
    else:
        opened = today - dt.timedelta(days=gen.randint(70, 150))
    posting = opened or today
    minimum = rules.minimum_wage_on(today).hourly  # this year's: never below an earlier year's
    factor = gen.uniform(*kind.wage_factor)
    hours = Decimal(kind.hours)
    if kind.part_time:
        basis, amount = "hourly", _round_up(minimum * factor, 10)
    else:
        basis = "monthly"
        amount = _round_up(minimum * factor * float(rules.monthly_paid_hours(hours)), 10_000)
    fixed = kind.care in ("nursing_care", "elderly_care") and gen.random() < 0.4
    contract_months = gen.choice([6, 10, 12]) if fixed else None
    terms = rules.Terms(
        posting_date=posting, wage_amount=amount, wage_basis=basis, weekly_hours=hours,
        contract_type="fixed_term" if fixed else FULL, contract_months=contract_months,
        part_time=kind.part_time, part_time_type=kind.part_time_type, care_category=kind.care)
    problems = rules.check_terms(terms)
    assert not problems, problems  # the demo shows only ads the forms would accept
    openings = gen.choice([1, 1, 1, 2, 3, 5])
    closes_on = None
    ended_on = None
    hired = 0
    if state == "open":
        closes_on = (today + dt.timedelta(days=gen.randint(5, 40))
                     if gen.random() < 0.7 else None)
        hired = gen.randint(0, openings - 1)
    elif state == "draft":
        closes_on = None
    else:
        assert opened is not None
        closes_on = opened + dt.timedelta(days=30)
        ended_on = closes_on if state == "expired" else opened + dt.timedelta(
            days=gen.randint(5, 29))
        hired = openings if state == "filled" else gen.randint(0, openings - 1)
    occupation = occupations[kind.keco2018]
    return Vacancy(
        company=company, occupation=occupation, title=kind.title, description=kind.description,
        search_tokens=token_field(kind.title, kind.description, occupation.name),
        work_sigungu_code=company.sigungu_code, work_address=company.address,
        latitude=company.latitude, longitude=company.longitude, office_code=company.office_code,
        wage_amount=amount, wage_basis=basis, weekly_hours=hours,
        contract_type=terms.contract_type, contract_months=contract_months, openings=openings,
        hired=hired, part_time=kind.part_time, part_time_type=kind.part_time_type,
        quality_part_time=kind.part_time and rules.is_quality_part_time(terms),
        care_category=kind.care, status=state, opened_on=opened, closes_on=closes_on,
        ended_on=ended_on, posted_by=poster, posted_by_employer=poster.role == "employer")


GENERATORS: list[Any] = [vacancies]
