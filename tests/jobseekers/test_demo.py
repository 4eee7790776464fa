import random
import time

import pytest
from faker import Faker

from goyong.accounts.models import User
from goyong.core.demo_data import demo_accounts
from goyong.jobseekers import demo
from goyong.jobseekers.choices import TargetGroup
from goyong.jobseekers.models import JobSeeker, Placement, RetentionCheck
from goyong.jobseekers.policies import seekers_visible_to
from goyong.jobseekers.targeting import groups_of
from goyong.jobseekers.tokens import search_tokens
from goyong.reference import queries

pytestmark = pytest.mark.django_db


def test_demo_seekers_cover_every_centre_repeatably_and_the_demo_counsellor_sees_them():
    # given the demo accounts
    fake = Faker("ko_KR")
    demo_accounts(random.Random(1), fake, 1)
    # when the generator runs twice
    started = time.perf_counter()
    first = demo.seekers(random.Random(2014), fake, 1)
    elapsed = time.perf_counter() - started
    second = demo.seekers(random.Random(2014), fake, 1)
    # then the second run adds nothing
    day = queries.today()
    centres = [c for o in queries.offices_on(day) for c in queries.centres_of(o, day)]
    assert first["jobseekers"] == demo.SEEKERS_PER_CENTRE * len(centres)
    assert second == {"jobseekers": 0, "career_entries": 0, "placements": 0,
                      "retention_checks": 0}
    assert RetentionCheck.objects.count() == 3 * Placement.objects.count()
    # every centre has its seekers
    per_centre = {c: JobSeeker.objects.filter(centre_code=c.code).count() for c in centres}
    assert set(per_centre.values()) == {demo.SEEKERS_PER_CENTRE}
    # the demo counsellor sees the seekers of their centre
    counsellor = User.objects.get(username="counsellor")
    assert seekers_visible_to(counsellor).count() == demo.SEEKERS_PER_CENTRE
    # the distribution is plausible: each main group present, women about half
    seekers = list(JobSeeker.objects.prefetch_related("career"))
    groups = [g.code for s in seekers for g in groups_of(s, day)]
    women = sum(s.sex == "F" for s in seekers) / len(seekers)
    assert 0.45 < women < 0.62
    for group in (TargetGroup.YOUTH, TargetGroup.CAREER_BREAK_WOMEN, TargetGroup.OLDER,
                  TargetGroup.LOW_INCOME, TargetGroup.PACKAGE_I, TargetGroup.PACKAGE_II):
        assert groups.count(group) > len(seekers) * 0.03, group
    assert Placement.objects.filter(verified=True).exists()
    assert RetentionCheck.objects.filter(month=6, employed=True).exists()
    print(f"demo seekers: {first} in {elapsed:.2f} s")


def test_demo_search_tokens_are_what_the_tokeniser_gives():
    for _code, licences, skills, tokens in demo.SKILLS:
        assert search_tokens(licences, skills) == tokens
