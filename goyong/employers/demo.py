"""Demo data of this app: generators with the signature of goyong.core.demo_data
(rng, faker, scale) -> counts, idempotent, run in order after the core generators.

Companies: about 1,400 across every 시도 with 48 months of insured headcount, simulated by
the potential engine (hires driven by size, industry seasonality and a latent growth factor,
so the back-test has something to find), a few with wage arrears, accidents, weak credit,
large-group or public status; "(주)한빛정밀" in 서울 (the demo employer's organisation).
Then one screening run, one hiring-potential run per 시도 and a few visits. Everything comes
from a local numpy generator with a fixed seed (the shared `rng` is left alone)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import numpy as np
from django.db import connection
from faker import Faker

from goyong.employers import brn as brn_tools
from goyong.employers.engine import potential as potential_engine
from goyong.employers.engine.screening import SECTIONS
from goyong.employers.vacancies import demo as vacancies

SEED = 2014
MONTHS = 48
HANBIT_BRN = brn_tools.make_valid("214870112")
HANBIT_NAME = "(주)한빛정밀"
HANBIT_SIGUNGU = "서울특별시 구로구"
# Companies per 시도 (KOSTAT 2-digit code); the rest get DEFAULT_PER_SIDO.
PER_SIDO = {"11": 180, "31": 160, "21": 90, "23": 80, "22": 70}
DEFAULT_PER_SIDO = 60
# Industry mix: section letter → weight, with a typical KSIC 10 code per section.
SECTION_MIX = {"C": 30, "G": 14, "F": 8, "I": 8, "J": 7, "M": 7, "N": 6, "Q": 8, "H": 5,
               "K": 2, "P": 2, "S": 2, "E": 1}
KSIC_EXAMPLES = {
    "C": ["29120", "25112", "26299", "10712", "22241", "28111", "20423", "30331"],
    "G": ["46510", "47111", "46800", "47312"], "F": ["41221", "42311", "42411"],
    "I": ["56111", "55101", "56221"], "J": ["58221", "62010", "63120"],
    "M": ["71531", "72121", "73303"], "N": ["75320", "74211", "75991"],
    "Q": ["87110", "86201", "87122", "87210"], "H": ["49231", "52941", "49310"],
    "K": ["66199"], "P": ["85503"], "S": ["95211", "96112"], "E": ["38210"],
}
NAME_HEADS = ["한빛나", "새한", "대성", "동아", "미래", "우진", "태평", "가온", "누리", "청솔", "해든",
              "한결", "다온", "보람", "세진", "금강", "한울", "푸른", "솔빛", "은하", "아름", "대명"]
NAME_MIDS = ["", "", "글로벌", "코리아", "에이스", "하이", "케이", "씨앤에스", "티엔씨", "원"]
PREFIXES = ["(주)", "(주)", "(유)", "", "주식회사 "]
NAME_TAILS = {"C": ["정밀", "테크", "산업", "금속", "전자", "화학"], "G": ["상사", "유통", "물산"],
              "F": ["건설", "종합건설", "토건"], "I": ["푸드", "외식", "호텔"],
              "J": ["소프트", "정보", "미디어"], "M": ["엔지니어링", "기술연구소", "디자인"],
              "N": ["서비스", "시설관리", "아웃소싱"], "Q": ["요양원", "재가복지센터", "의원"],
              "H": ["물류", "운수", "로지스"], "K": ["파트너스"], "P": ["교육"], "S": ["수리센터"],
              "E": ["환경"]}
ROADS = ["산업로", "중앙로", "공단로", "시장길", "테크노로", "역전로", "한빛로", "새마을로"]
CREDIT_DRAW = ["A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+", "B", "B-",
               "CCC", ""]
CREDIT_WEIGHTS = [1, 2, 3, 5, 8, 9, 10, 11, 10, 9, 8, 6, 3, 2]


def _months(last: dt.date) -> list[dt.date]:
    stamp = last.year * 12 + last.month - 1
    return [dt.date((s) // 12, s % 12 + 1, 1) for s in range(stamp - MONTHS + 1, stamp + 1)]


def companies(rng: random.Random, fake: Faker, scale: int) -> dict[str, int]:
    """Companies per 시도 with 48 months of headcount, arrears, accidents, certifications."""
    from goyong.employers.models import (
        Certification,
        Company,
        HeadcountMonth,
        IndustrialAccident,
        WageArrears,
    )
    from goyong.reference import queries

    if Company.objects.filter(brn=HANBIT_BRN).exists():
        return {"employers.companies": 0}
    day = queries.today()
    last = dt.date(day.year - 1, 12, 1)
    months = _months(last)
    gen = np.random.default_rng(SEED)
    coverage = sorted(queries.coverage_on(day).values(), key=lambda j: j.region.kostat_code)
    by_sido: dict[str, list[Any]] = {}
    for row in coverage:
        by_sido.setdefault(row.region.kostat_code[:2], []).append(row)
    sections = list(SECTION_MIX)
    weights = np.array(list(SECTION_MIX.values()), dtype=float)
    weights /= weights.sum()
    used: set[str] = {HANBIT_BRN}
    new_companies: list[Company] = []
    panels: list[tuple[potential_engine.Panel, dict[str, Any]]] = []
    hanbit_row = next(r for r in coverage if r.region.full_name == HANBIT_SIGUNGU)
    for sido, rows in sorted(by_sido.items()):
        n = PER_SIDO.get(sido, DEFAULT_PER_SIDO) * max(scale, 1)
        letters = gen.choice(sections, size=n, p=weights)
        if sido == "11":
            letters[0] = "C"
        section_idx = np.array([SECTIONS.index(s) for s in letters])
        sizes = np.exp(gen.normal(3.4, 0.9, n))
        if sido == "11":
            sizes[0] = 80.0
        panel, extra = potential_engine.simulate(
            n, MONTHS, seed=SEED + int(sido), sections=section_idx, sizes=sizes)
        panels.append((panel, extra))
        for i in range(n):
            letter = str(letters[i])
            place = hanbit_row if (sido == "11" and i == 0) else rows[int(gen.integers(len(rows)))]
            while True:
                number = brn_tools.make_valid(f"{int(gen.integers(101, 900)):03d}"
                                              f"{int(gen.integers(81, 88)):02d}"
                                              f"{int(gen.integers(0, 10000)):04d}")
                if number not in used:
                    break
            used.add(number)
            headcount = float(panel.headcount[i, -1])
            ksic = str(gen.choice(KSIC_EXAMPLES[letter]))
            name = (f"{PREFIXES[int(gen.integers(len(PREFIXES)))]}"
                    f"{NAME_HEADS[int(gen.integers(len(NAME_HEADS)))]}"
                    f"{NAME_MIDS[int(gen.integers(len(NAME_MIDS)))]}"
                    f"{NAME_TAILS[letter][int(gen.integers(len(NAME_TAILS[letter])))]}")
            if sido == "11" and i == 0:
                number, name, ksic = HANBIT_BRN, HANBIT_NAME, "29120"
            jitter_lat, jitter_lon = gen.normal(0, 0.01, 2)
            lat = (place.region.centroid_lat or 36.5) + float(jitter_lat)
            lon = (place.region.centroid_lon or 127.5) + float(jitter_lon)
            size_class = ("micro" if headcount < 10 else "small" if headcount < 50
                          else "medium" if headcount < 300 else "midsize")
            clean = sido == "11" and i == 0
            new_companies.append(Company(
                brn=number, name=name, ksic10_code=ksic, ksic9_code=ksic,
                industry_section=letter, size_class=size_class,
                address=f"{place.region.full_name} {ROADS[int(gen.integers(len(ROADS)))]} "
                        f"{int(gen.integers(1, 300))}",
                sigungu_code=place.region.kostat_code, latitude=round(lat, 5),
                longitude=round(lon, 5), office_code=place.office.code,
                is_large_group=(not clean) and bool(gen.random() < 0.01),
                is_public_company=(not clean) and bool(gen.random() < 0.005),
                credit_grade="A-" if clean else str(gen.choice(
                    CREDIT_DRAW, p=np.array(CREDIT_WEIGHTS) / sum(CREDIT_WEIGHTS))),
                accident_rate=round(float(gen.gamma(2.0, 0.25)), 2),
                accident_rate_year=last.year,
                regular_share=90.0 if clean else round(float(np.clip(
                    gen.normal(72, 15), 5, 100)), 1),
                flexible_work=clean or bool(gen.random() < 0.3),
                ilga_pledge=clean or bool(gen.random() < 0.1),
                ilga_pledged_on=dt.date(2014, 4, 15) if clean or gen.random() < 0.1 else None,
            ))
    Company.objects.bulk_create(new_companies, batch_size=1000)
    ids = dict(Company.objects.values_list("brn", "pk"))
    # Raw executemany: ~60,000 rows through model instances would take seconds.
    heads: list[tuple[Any, ...]] = []
    month_values = [connection.ops.adapt_datefield_value(m) for m in months]
    arrears: list[WageArrears] = []
    accidents: list[IndustrialAccident] = []
    certificates: list[Certification] = []
    offset = 0
    wage_base = {s: 2_300_000 + 150_000 * (i % 5) for i, s in enumerate(SECTIONS)}
    for panel, extra in panels:
        for i in range(len(panel)):
            company = new_companies[offset + i]
            pk = ids[company.brn]
            clean = company.brn == HANBIT_BRN
            base = wage_base[company.industry_section] * (1 + 0.05 * np.log1p(
                panel.headcount[i, -1])) * float(gen.lognormal(0, 0.12))
            if clean:
                base *= 1.3
            hired = panel.hires[i].astype(np.int64)
            part = np.minimum(extra["part_time"][i].astype(np.int64), hired)
            youth = np.minimum(extra["youth"][i].astype(np.int64), hired)
            wages = np.round(base * 1.03 ** (np.arange(MONTHS) / 12), -3).astype(np.int64)
            heads.extend(zip([pk] * MONTHS, month_values,
                             panel.headcount[i].astype(np.int64).tolist(), hired.tolist(),
                             extra["separations"][i].astype(np.int64).tolist(),
                             (hired - part).tolist(), part.tolist(), youth.tolist(),
                             wages.tolist(), strict=True))
            if clean:
                certificates.append(Certification(company_id=pk, kind="family_friendly",
                                                  certified_on=dt.date(last.year - 1, 12, 1)))
                continue
            draw = gen.random()
            if draw < 0.05:
                arrears.append(WageArrears(
                    company_id=pk, occurred_on=months[int(gen.integers(MONTHS))]
                    + dt.timedelta(days=int(gen.integers(0, 28))),
                    amount=int(gen.integers(1, 50)) * 1_000_000))
            draw = gen.random()
            if draw < 0.03:
                accidents.append(IndustrialAccident(
                    company_id=pk, occurred_on=months[int(gen.integers(MONTHS))]
                    + dt.timedelta(days=int(gen.integers(0, 28))),
                    fatal=bool(gen.random() < 0.4), victims=1))
            if gen.random() < 0.08:
                certificates.append(Certification(
                    company_id=pk, kind="family_friendly",
                    certified_on=months[int(gen.integers(MONTHS - 12))]))
        offset += len(panel)
    table = HeadcountMonth._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (company_id, month, insured, hires, separations, "  # noqa: S608 - fixed names
            "hires_permanent, hires_part_time, youth_hires, average_wage) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", heads)
    WageArrears.objects.bulk_create(arrears)
    IndustrialAccident.objects.bulk_create(accidents)
    Certification.objects.bulk_create(certificates)
    return {"employers.companies": len(new_companies), "employers.headcount_months": len(heads),
            "employers.arrears": len(arrears), "employers.accidents": len(accidents)}


def screening_and_potential(rng: random.Random, fake: Faker, scale: int) -> dict[str, int]:
    """One screening run for this year and a hiring-potential run per 시도 (as the system)."""
    from goyong.employers import actions
    from goyong.employers import potential as potential_adapter
    from goyong.employers.models import PotentialRun, ScreeningRun
    from goyong.reference import queries

    created = 0
    year = queries.today().year
    if not ScreeningRun.objects.filter(year=year).exists():
        actions.run_screening(year, acting_user=None)
        created += 1
    if not PotentialRun.objects.exists():
        for code in potential_adapter.region_codes():
            actions.run_potential(code, acting_user=None)
            created += 1
    return {"employers.runs": created}


def visits(rng: random.Random, fake: Faker, scale: int) -> dict[str, int]:
    """A handful of discovery visits by the 서울 task-force staff."""
    from goyong.accounts.models import User
    from goyong.audit.actions import record
    from goyong.employers.models import Company, DiscoveryVisit
    from goyong.reference import queries

    if DiscoveryVisit.objects.exists():
        return {"employers.visits": 0}
    staff = list(User.objects.filter(username__in=["lead", "member"]).order_by("username"))
    if not staff:
        return {"employers.visits": 0}
    code = staff[0].memberships.values_list("office__code", flat=True).first()
    if code is None:
        return {"employers.visits": 0}
    targets = list(Company.objects.filter(office_code=code).order_by("brn")[:8])
    day = queries.today()
    created = []
    for i, company in enumerate(targets):
        created.append(DiscoveryVisit.objects.create(
            company=company, office_code=code, visited_by=staff[i % len(staff)],
            visited_on=day - dt.timedelta(days=7 * (i + 1)), vacancies_found=i % 3,
            part_time_conversions=1 if i % 4 == 1 else 0, gangso_candidate=i % 3 == 0,
            note="데모 방문 기록"))
    record("employers.visit.recorded", data={"demo": True, "count": len(created)})
    return {"employers.visits": len(created)}


GENERATORS: list[Any] = [companies, screening_and_potential, visits, *vacancies.GENERATORS]
