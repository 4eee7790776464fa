"""Deterministic demo data. Later capabilities add their generators to GENERATORS.

Each generator takes (rng, faker, scale) and is idempotent: it finds or creates rows by
natural keys, so `goyong demo` can run again on the same database."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from faker import Faker

from goyong.accounts import actions as account_actions
from goyong.accounts.choices import Role
from goyong.reference import queries
from goyong.reference.models import Office

DEMO_PASSWORD = "goyong-demo-2014"  # noqa: S105 - printed by `goyong demo`; demo only
SEED = 2014


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str
    office_name: str | None = None
    region_name: str | None = None
    organisation: str = ""


DEMO_ACCOUNTS = [
    DemoAccount("hq", Role.HQ, organisation="고용노동부 고용정책실"),
    DemoAccount("lead", Role.OFFICE_LEAD, office_name="서울지방고용노동청"),
    DemoAccount("member", Role.OFFICE_MEMBER, office_name="서울지방고용노동청"),
    DemoAccount("counsellor", Role.COUNSELLOR, office_name="서울지방고용노동청"),
    DemoAccount("counsellor2", Role.COUNSELLOR, office_name="부산지방고용노동청"),
    DemoAccount("localgov", Role.LOCAL_GOV, region_name="서울특별시 종로구",
                organisation="서울특별시 종로구청 일자리정책과"),
    DemoAccount("reviewer", Role.REVIEWER, organisation="한국노동연구원"),
    DemoAccount("partner", Role.PARTNER, organisation="서울여성새로일하기센터"),
    DemoAccount("employer", Role.EMPLOYER, organisation="(주)한빛정밀"),
]


def _office(name: str) -> Office:
    return queries.offices_on(queries.today()).get(name=name)


def demo_accounts(rng: random.Random, fake: Faker, scale: int) -> dict[str, int]:
    """One account per role (two counsellors in different offices, for scoping demos)."""
    created = 0
    # Hashed once for all nine accounts (Argon2 takes about 0.4 s per hash by design).
    password_hash = make_password(DEMO_PASSWORD)
    for account in DEMO_ACCOUNTS:
        offices = [_office(account.office_name)] if account.office_name else []
        centre = None
        if offices and account.role == Role.COUNSELLOR:
            centre = queries.centres_of(offices[0], queries.today()).first()
        region = (
            queries.find_sigungu(account.region_name, queries.today())
            if account.region_name else None
        )
        _user, was_created = account_actions.ensure_user(
            account.username, role=account.role, password=None, password_hash=password_hash,
            display_name=fake.name(), offices=offices, centre=centre, region=region,
            organisation=account.organisation, acting_user=None,
        )
        created += was_created
    return {"demo_accounts": created}


def office_staff(rng: random.Random, fake: Faker, scale: int) -> dict[str, int]:
    """Synthetic staff: per office a lead and `scale` members, per centre `scale` counsellors."""
    created = 0
    day = queries.today()
    for office in queries.offices_on(day):
        _user, was_created = account_actions.ensure_user(
            f"{office.code}-lead".lower(), role=Role.OFFICE_LEAD, password=None,
            display_name=fake.name(), offices=[office], acting_user=None,
        )
        created += was_created
        for i in range(1, scale + 1):
            _user, was_created = account_actions.ensure_user(
                f"{office.code}-m{i}".lower(), role=Role.OFFICE_MEMBER, password=None,
                display_name=fake.name(), offices=[office], acting_user=None,
            )
            created += was_created
        for centre in queries.centres_of(office, day):
            for i in range(1, scale + 1):
                _user, was_created = account_actions.ensure_user(
                    f"{centre.code}-c{i}".lower(), role=Role.COUNSELLOR, password=None,
                    display_name=fake.name(), offices=[office], centre=centre,
                    acting_user=None,
                )
                created += was_created
    return {"office_staff": created}


def labour_statistics(rng: random.Random, fake: Faker, scale: int) -> dict[str, int]:
    """The shipped official statistics (KOSIS 시도 2000–2023, as-published 2013–2014), then
    synthetic 시군구 microdata 2013H1–2014H2 calibrated to them, with its estimates (own
    seed, so the shared `rng` is untouched)."""
    from goyong.labourstats import demo as labourstats_demo
    from goyong.labourstats.actions import load_default_datasets

    return {**load_default_datasets(), **labourstats_demo.generate()}


Generator = Callable[[random.Random, Faker, int], dict[str, int]]
def _app_generators() -> list[Generator]:
    """Each domain app lists its own generators in its `demo` module (employers before job
    seekers, whose placements name employers)."""
    from goyong.employers import demo as employers_demo
    from goyong.jobseekers import demo as jobseekers_demo
    from goyong.matching import demo as matching_demo
    from goyong.taskforce import demo as taskforce_demo

    return [*employers_demo.GENERATORS, *jobseekers_demo.GENERATORS,
            *matching_demo.GENERATORS, *taskforce_demo.GENERATORS]


GENERATORS: list[Generator] = [demo_accounts, office_staff, labour_statistics]


def generate(scale: int = 1, seed: int = SEED) -> dict[str, Any]:
    """Run every generator with the same seed; returns what each created."""
    rng = random.Random(seed)
    fake = Faker("ko_KR")
    fake.seed_instance(seed)
    counts: dict[str, Any] = {}
    with transaction.atomic():
        for generator in [*GENERATORS, *_app_generators()]:
            counts.update(generator(rng, fake, scale))
    return counts
