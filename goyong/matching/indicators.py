"""Wide-area placement indicators for the task force (goyong.taskforce.indicators):
hires through 광역 알선, counted for the seeker's office (its placement) and, separately,
for the office whose vacancy was filled. Counted from the referrals; never typed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from django.utils.translation import gettext_lazy as _

from goyong.matching.choices import ReferralStatus
from goyong.matching.models import Referral
from goyong.taskforce.indicators import Indicator, counts_by, register


def _hires(start: dt.date, end: dt.date) -> Any:
    return Referral.objects.filter(status=ReferralStatus.HIRED, start_date__range=(start, end))


def _placed(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
    rows = _hires(start, end).filter(from_office_code__in=list(office_codes))
    return counts_by(rows, "from_office_code", office_codes)


def _filled(office_codes: Collection[str], start: dt.date, end: dt.date) -> dict[str, int]:
    rows = _hires(start, end).filter(to_office_code__in=list(office_codes))
    return counts_by(rows, "to_office_code", office_codes)


def _total(start: dt.date, end: dt.date) -> int:
    return _hires(start, end).count()


register(Indicator("placements.wide_area", _("광역 알선 취업자"), _("명"), _placed,
                   app="matching", total=_total, order=30,
                   description=_("기간 안에 입사한, 다른 관서 관할 구인으로 광역 알선되어 채용된 "
                                 "우리 관서 구직자 수")))
register(Indicator("vacancies.filled_wide_area", _("광역 알선으로 채운 구인"), _("명"), _filled,
                   app="matching", total=_total, order=31, targetable=False,
                   description=_("기간 안에 입사한, 다른 관서 구직자를 광역 알선으로 받아 채용한 "
                                 "우리 관서 관할 구인의 채용 인원")))
