"""Demo data of this app: generators with the signature of goyong.core.demo_data
(rng, faker, scale) -> counts, idempotent, run in order after the core generators.

Job seekers for every centre of every office, with distributions close to the 2014 registry
(a little more than half women; about three in ten aged 15–29 and three in ten 50 or older;
career breaks for childbirth and childcare among women in their thirties and forties; about
one in five in a low-income household), their careers, placements and retention checks.

Rows are bulk-created (thousands of audit rows would say nothing about real work); personal
fields are encrypted exactly as the actions store them. The search tokens of the skills
phrases are stored precomputed (kiwipiepy takes seconds to load); a test checks that they
equal what `tokens.search_tokens` gives."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal
from typing import Any

from django.utils import timezone

from goyong.core.crypto import blind_index
from goyong.jobseekers.actions import add_months
from goyong.jobseekers.choices import (
    CAREER_BREAK_REASONS,
    RETENTION_MONTHS,
    Education,
    HoursWanted,
    LeaveReason,
    PlacementSource,
    RetentionSource,
    Sex,
    StudyStatus,
    VerificationMethod,
    VulnerableCategory,
)
from goyong.jobseekers.package import demo as package
from goyong.jobseekers.validation import BUSINESS_WEIGHTS, RRN_WEIGHTS, normalise_rrn

NAMESPACE = uuid.UUID("6f1d3c2e-2014-4c70-9a70-000000000070")
SEEKERS_PER_CENTRE = 14

# (KECO 2007 중분류, licences, skills, search tokens of both)
SKILLS: list[tuple[str, str, str, str]] = [
    ('09', '지게차운전기능사', '물류센터 상하차 2년, 재고 관리',
     '지게차 운전 기능사 지게차운전기능사 물류 센터 상하차 재고 관리 물류센터 2년'),
    ('07', '요양보호사 1급', '노인 돌봄 경험, 방문요양 3년',
     '요양 보호사 급 요양보호사 1급 노인 돌봄 경험 방문 방문요양 3년'),
    ('06', '간호조무사', '병원 외래 접수와 환자 안내',
     '간호조무사 병원 외래 접수 환자 안내'),
    ('02', '전산회계 2급', '엑셀 능숙, 거래처 장부 정리',
     '전산 회계 급 전산회계 2급 엑셀 능숙 거래처 장부 정리'),
    ('02', '컴퓨터활용능력 2급', '문서 작성, 한글과 엑셀, 고객 응대',
     '컴퓨터활용능력 급 2급 문서 작성 한글 엑셀 고객 응대'),
    ('20', '정보처리기사', '자바 웹 개발, 데이터베이스 설계',
     '정보 처리 기사 정보처리기사 자바 웹 개발 데이터베이스 설계'),
    ('13', '한식조리기능사', '단체급식 조리 5년',
     '한식 조리 기능사 한식조리기능사 단체 급식 단체급식 5년'),
    ('21', '제과제빵기능사', '베이커리 생산과 매장 판매',
     '제과 제빵 기능사 제과제빵기능사 베이커리 생산 매장 판매'),
    ('12', '미용사(일반)', '헤어 커트와 염색, 고객 상담',
     '미용사 일반 헤어 커트 염색 고객 상담'),
    ('07', '보육교사 2급', '어린이집 보조교사, 아동 놀이 지도',
     '보육 교사 급 보육교사 2급 어린이집 보조 아동 놀이 지도 보조교사'),
    ('19', '전기기능사', '건물 전기 설비 유지보수',
     '전기 기능사 전기기능사 건물 설비 유지 보수 유지보수'),
    ('15', '용접기능사', 'CO2 용접, 배관 제작',
     '용접 기능사 용접기능사 co 배관 제작 co2'),
    ('09', '운전면허 1종 대형', '화물 운송 4년, 지역 배송',
     '운전면허 대형 1종 화물 운송 지역 배송 4년'),
    ('10', '', '편의점과 마트 판매 경험, 재고 정리',
     '편의점 마트 판매 경험 재고 정리'),
    ('07', '사회복지사 2급', '지역아동센터 프로그램 운영',
     '사회 복지사 급 사회복지사 2급 지역 아동 센터 프로그램 운영 지역아동센터'),
    ('07', '직업상담사 2급', '취업 상담과 구인처 발굴',
     '직업상담사 급 2급 취업 상담 구인 처 발굴 구인처'),
    ('02', '', '콜센터 상담 3년, 민원 응대',
     '콜센터 상담 민원 응대 3년'),
    ('14', '건축기사', '현장 공정 관리와 안전 점검',
     '건축 기사 건축기사 현장 공정 관리 안전 점검'),
    ('22', '', '농산물 선별 포장, 식품 공장 생산직',
     '농산물 선별 포장 식품 공장 생산 직 생산직'),
    ('13', '바리스타 2급', '카페 운영과 음료 제조',
     '바리스타 급 2급 카페 운영 음료 제조'),
]

COMPANIES = ["한빛정밀", "대성물류", "새솔케어", "푸른식품", "동해기계", "미래정보기술", "한마음요양원",
             "다온베이커리", "세진전자", "우리마트", "행복어린이집", "제일건설", "누리콜센터",
             "하나의원", "대한용접", "늘봄카페", "한결회계법인", "신우운수", "소망복지관", "청솔농산"]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "지훈", "지민", "현우", "수빈", "영숙", "정희", "미경", "상철", "은주", "성호",
         "혜진", "동현", "유진", "경자", "순자", "영호", "지영", "하늘", "다은", "재훈", "선영", "명수"]


def _business_number(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(9)]
    total = sum(d * w for d, w in zip(digits, BUSINESS_WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def _rrn(birth: dt.date, sex: str, rng: random.Random) -> str:
    first = {(True, "M"): 1, (True, "F"): 2, (False, "M"): 3, (False, "F"): 4}[
        (birth.year < 2000, sex)]
    body = f"{birth:%y%m%d}{first}" + "".join(str(rng.randrange(10)) for _ in range(5))
    total = sum(int(d) * w for d, w in zip(body, RRN_WEIGHTS, strict=True))
    return body + str((11 - total % 11) % 10)


def _age(rng: random.Random) -> int:
    band = rng.random()
    if band < 0.30:
        return rng.randint(18, 29)
    if band < 0.52:
        return rng.randint(30, 39)
    if band < 0.68:
        return rng.randint(40, 49)
    if band < 0.95:
        return rng.randint(50, 64)
    return rng.randint(65, 72)


def _education(age: int, rng: random.Random) -> str:
    r = rng.random()
    if age < 35:
        return [Education.HIGH_SCHOOL, Education.COLLEGE, Education.UNIVERSITY,
                Education.GRADUATE][0 if r < 0.25 else 1 if r < 0.5 else 2 if r < 0.95 else 3]
    if age < 50:
        return [Education.HIGH_SCHOOL, Education.COLLEGE, Education.UNIVERSITY][
            0 if r < 0.4 else 1 if r < 0.65 else 2]
    return [Education.MIDDLE_OR_LESS, Education.HIGH_SCHOOL, Education.COLLEGE,
            Education.UNIVERSITY][0 if r < 0.3 else 1 if r < 0.75 else 2 if r < 0.85 else 3]


def seekers(rng: random.Random, fake: Any, scale: int) -> dict[str, int]:
    """Seekers, careers, placements and retention checks for every centre of every office."""
    from goyong.jobseekers import thresholds
    from goyong.jobseekers.models import CareerEntry, JobSeeker, Placement, RetentionCheck
    from goyong.reference import queries
    from goyong.reference.models import Jurisdiction

    day = queries.today()
    per_centre = SEEKERS_PER_CENTRE * max(1, scale)
    existing = set(JobSeeker.objects.values_list("uuid", flat=True))
    residences: dict[str, list[tuple[str, str]]] = {}
    for j in Jurisdiction.objects.valid_on(day).select_related("office", "region"):
        residences.setdefault(j.office.code, []).append(
            (j.region.kostat_code, j.region.full_name))
    new_seekers: list[JobSeeker] = []
    careers: list[tuple[JobSeeker, list[CareerEntry]]] = []
    for office in queries.offices_on(day):
        places = sorted(residences.get(office.code, [])) or [("11010", "서울특별시 종로구")]
        for centre in queries.centres_of(office, day):
            for i in range(per_centre):
                key = uuid.uuid5(NAMESPACE, f"seeker-{centre.code}-{i}")
                # Each seeker draws from its own stream: runs with other generators or an
                # earlier partial run give the same people.
                rnd = random.Random(f"{key}")  # noqa: S311 - synthetic data, not secrets
                if key in existing:
                    continue
                sex = Sex.FEMALE if rnd.random() < 0.53 else Sex.MALE
                age = _age(rnd)
                registered = day - dt.timedelta(days=rnd.randint(0, 540))
                birth = registered.replace(year=registered.year - age, day=1) - dt.timedelta(
                    days=rnd.randint(0, 330))
                code, place = places[rnd.randrange(len(places))]
                occupation, licences, skills, tokens = SKILLS[rnd.randrange(len(SKILLS))]
                size = rnd.choice([1, 1, 2, 2, 3, 3, 4, 4, 4, 5])
                base = thresholds.minimum_cost_of_living(day.year, size)
                low = rnd.random() < 0.2
                income = int(base * (rnd.uniform(0.3, 1.45) if low else rnd.uniform(1.6, 5.0)))
                income = income // 10_000 * 10_000
                vulnerable = []
                if rnd.random() < 0.08:
                    vulnerable = [rnd.choice(VulnerableCategory.values)]
                unemployed = registered - dt.timedelta(days=rnd.randint(10, 400))
                name = SURNAMES[rnd.randrange(len(SURNAMES))] + GIVEN[rnd.randrange(len(GIVEN))]
                seeker = JobSeeker(
                    uuid=key, name=name, birth_date=birth, sex=sex,
                    phone=f"010-{rnd.randint(2000, 9999)}-{rnd.randint(0, 9999):04d}",
                    email=f"seeker{centre.code}{i}@example.kr" if rnd.random() < 0.6 else "",
                    address=f"{place} {rnd.randint(1, 300)}번길 {rnd.randint(1, 99)}",
                    residence_code=code, residence_name=place,
                    education=_education(age, rnd),
                    study_status=StudyStatus.FINAL_YEAR if age < 24 and rnd.random() < 0.3
                    else StudyStatus.NOT_ENROLLED,
                    desired_occupations=sorted({occupation, f"{rnd.randint(1, 23):02d}"}),
                    desired_wage=int(rnd.uniform(1.2, 3.5) * 10) * 100_000,
                    desired_hours=HoursWanted.PART_TIME if (sex == Sex.FEMALE and 30 <= age < 50
                                                            and rnd.random() < 0.45)
                    or (age >= 60 and rnd.random() < 0.5) else (
                        HoursWanted.EITHER if rnd.random() < 0.15 else HoursWanted.FULL_TIME),
                    max_commute_km=rnd.choice([5, 10, 10, 15, 20, 30]),
                    willing_to_relocate=age < 35 and rnd.random() < 0.3,
                    licences=licences, skills=skills, search_tokens=tokens,
                    household_size=size, household_income=income,
                    basic_livelihood=low and rnd.random() < 0.3,
                    vulnerable_categories=vulnerable, unemployed_since=unemployed,
                    unemployment_benefit_ended=rnd.random() < 0.25,
                    centre=centre, centre_code=centre.code, office_code=office.code,
                    registered_on=registered,
                )
                if rnd.random() < 0.3:
                    seeker.rrn = normalise_rrn(_rrn(birth, sex, rnd))
                    seeker.rrn_index = blind_index(seeker.rrn.replace("-", ""), "rrn")
                entries = _career(seeker, age, rnd, unemployed)
                new_seekers.append(seeker)
                careers.append((seeker, entries))
    JobSeeker.objects.bulk_create(new_seekers, batch_size=500)
    entries_all = []
    for seeker, entries in careers:
        for entry in entries:
            entry.seeker = seeker
            entries_all.append(entry)
    CareerEntry.objects.bulk_create(entries_all, batch_size=1000)
    placements, checks = _placements(new_seekers, day)
    Placement.objects.bulk_create(placements, batch_size=500)
    for check in checks:
        check.placement_id = check.placement.pk
    RetentionCheck.objects.bulk_create(checks, batch_size=1000)
    return {"jobseekers": len(new_seekers), "career_entries": len(entries_all),
            "placements": len(placements), "retention_checks": len(checks)}


def _career(seeker: Any, age: int, rnd: random.Random, unemployed: dt.date) -> list[Any]:
    from goyong.jobseekers.models import CareerEntry

    entries: list[CareerEntry] = []
    if age < 21 or rnd.random() < 0.2:
        return entries
    count = 1 if age < 30 else rnd.choice([1, 2, 2, 3])
    ended = unemployed
    breaks = sorted(CAREER_BREAK_REASONS)
    for n in range(count):
        years = Decimal(rnd.randint(5, 80)) / 10
        if seeker.sex == Sex.FEMALE and 28 <= age < 50 and rnd.random() < 0.5:
            # A career break years before registering, then perhaps short jobs since.
            reason = rnd.choice([LeaveReason.CHILDBIRTH, LeaveReason.CHILDCARE,
                                 LeaveReason.CHILDCARE, LeaveReason.MARRIAGE,
                                 LeaveReason.PREGNANCY])
            if n == 0:
                ended = unemployed - dt.timedelta(days=rnd.randint(365, 365 * 8))
        elif age >= 45 and rnd.random() < 0.1:
            reason = rnd.choice(breaks) if seeker.sex == Sex.FEMALE else LeaveReason.FAMILY_CARE
        else:
            reason = rnd.choice([LeaveReason.CONTRACT_END, LeaveReason.CONTRACT_END,
                                 LeaveReason.DISMISSAL, LeaveReason.CLOSURE,
                                 LeaveReason.VOLUNTARY, LeaveReason.VOLUNTARY,
                                 LeaveReason.HEALTH, LeaveReason.OTHER])
        code, _lic, skills, _tokens = SKILLS[rnd.randrange(len(SKILLS))]
        entries.append(CareerEntry(
            occupation_code=code, occupation_name=skills.split(",")[0][:40],
            employer_name=COMPANIES[rnd.randrange(len(COMPANIES))], years=years,
            ended_on=ended, leave_reason=reason))
        ended = ended - dt.timedelta(days=int(years * 365) + rnd.randint(30, 400))
    return entries


def _placements(seekers: list[Any], day: dt.date) -> tuple[list[Any], list[Any]]:
    from goyong.jobseekers.models import Placement, RetentionCheck

    placements: list[Placement] = []
    checks: list[RetentionCheck] = []
    now = timezone.now()
    for seeker in seekers:
        rnd = random.Random(f"placement-{seeker.uuid}")  # noqa: S311 - synthetic data
        waited = (day - seeker.registered_on).days
        if waited < 30 or rnd.random() > min(0.55, waited / 500):
            continue
        start = seeker.registered_on + dt.timedelta(days=rnd.randint(20, max(21, waited - 5)))
        part_time = seeker.desired_hours == HoursWanted.PART_TIME
        hours = rnd.choice([15, 20, 25, 30]) if part_time else rnd.choice([35, 40, 40, 40, 44])
        source = rnd.choices(PlacementSource.values, weights=[55, 35, 10])[0]
        verified = rnd.random() < 0.8
        placement = Placement(
            uuid=uuid.uuid5(NAMESPACE, f"placement-{seeker.uuid}"), seeker=seeker,
            employer_name=COMPANIES[rnd.randrange(len(COMPANIES))],
            business_number=_business_number(rnd),
            occupation_code=(seeker.desired_occupations or [""])[0], start_date=start,
            monthly_wage=max(1_100_000, int(rnd.uniform(0.7, 1.1) * (seeker.desired_wage or
                                                                      1_800_000) * hours / 40)
                             // 10_000 * 10_000),
            weekly_hours=hours, insured=rnd.random() < (0.75 if part_time else 0.95),
            source=source, verified=verified,
            verification_method=(VerificationMethod.INSURANCE_RECORD if rnd.random() < 0.8
                                 else VerificationMethod.COUNSELLOR) if verified else "",
            verified_on=start + dt.timedelta(days=rnd.randint(7, 30)) if verified else None,
        )
        if placement.verified_on and placement.verified_on > day:
            placement.verified_on = day
        placements.append(placement)
        still = True
        for month in RETENTION_MONTHS:
            due = add_months(start, month)
            check = RetentionCheck(placement=placement, month=month, due_date=due)
            if due <= day - dt.timedelta(days=7) and rnd.random() < 0.9:
                still = still and rnd.random() < {1: 0.9, 3: 0.88, 6: 0.85}[month]
                check.employed = still
                check.source = (RetentionSource.INSURANCE_RECORD if rnd.random() < 0.85
                                else RetentionSource.COUNSELLOR)
                check.checked_at = min(now, timezone.make_aware(
                    dt.datetime.combine(due + dt.timedelta(days=rnd.randint(1, 7)),
                                        dt.time(10, 0))))
            checks.append(check)
    return placements, checks


GENERATORS: list[Any] = [seekers, *package.GENERATORS]
