import datetime as dt

import pytest

from goyong.labourstats.errors import PeriodError
from goyong.labourstats.periods import Period


@pytest.mark.parametrize(("text", "canonical", "start"), [
    ("2014", "2014", dt.date(2014, 1, 1)),
    ("2014H1", "2014H1", dt.date(2014, 1, 1)),
    ("2014h2", "2014H2", dt.date(2014, 7, 1)),
    ("2014-03", "2014-03", dt.date(2014, 3, 1)),
])
def test_period_round_trips(text, canonical, start):
    # when
    period = Period.parse(text)
    # then
    assert str(period) == canonical
    assert period.start == start


@pytest.mark.parametrize("text", ["2014H3", "2014-13", "14", "2014.03", ""])
def test_bad_period_is_refused_in_korean(text):
    # when
    with pytest.raises(PeriodError) as error:
        Period.parse(text)
    # then
    assert str(error.value) == (
        f"기간 '{text}'을(를) 알 수 없습니다. 연도는 2014, 반기는 2014H1 또는 2014H2, "
        "월은 2014-03처럼 쓰세요.")
