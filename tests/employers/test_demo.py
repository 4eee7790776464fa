import random

import pytest
from faker import Faker

from goyong.employers import demo
from goyong.employers import potential as potential_adapter
from goyong.employers.models import Company, HeadcountMonth

pytestmark = pytest.mark.django_db


def test_demo_companies_are_idempotent_and_the_backtest_beats_random_in_every_region():
    # given the demo companies
    rng, fake = random.Random(2014), Faker("ko_KR")
    counts = demo.companies(rng, fake, 1)
    # when run again
    again = demo.companies(rng, fake, 1)
    # then
    assert counts["employers.companies"] == Company.objects.count() == 1300
    assert HeadcountMonth.objects.count() == 1300 * 48
    assert again == {"employers.companies": 0}
    hanbit = Company.objects.get(name="(주)한빛정밀")
    assert hanbit.sigungu_code.startswith("11")
    assert hanbit.brn == demo.HANBIT_BRN
    for code in potential_adapter.region_codes():
        _data, result, _part = potential_adapter.backtest(code)
        assert result.beats_random, code
