"""The allowances engine: what a participant is owed under a rule set. Pure Python over plain
values (no database), so the CLI, the case pages and the tests share one computation.

Three kinds of payment (domain-facts §4(b)):
- `stage1`: the Stage 1 participation allowance, once the IAP is completed;
- `training`: the Stage 2 training allowance, per attended day with a monthly cap, for at most
  `max_months` months counted from the first training month;
- `success`: the employment-success allowance (types whose rules allow it), in instalments
  after 1, 3 and 6 months of insured work of at least 30 hours a week that starts during
  participation or within 90 days of completion.
Payments whose due date is after `as_of` are returned as upcoming, not as owed."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from goyong.jobseekers.package.errors import ScenarioError
from goyong.jobseekers.package.rules import GROUP_COUNSELLING, TYPES, RuleSet

STAGE1 = "stage1"
TRAINING = "training"
SUCCESS = "success"


def kind_label(kind: str) -> str:
    return {STAGE1: _("1단계 참여수당"), TRAINING: _("훈련참여지원수당"),
            SUCCESS: _("취업성공수당")}[kind]


@dataclass(frozen=True)
class TrainingMonth:
    month: str  # YYYY-MM
    days: int

    @property
    def last_day(self) -> dt.date:
        year, month = (int(p) for p in self.month.split("-"))
        return dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Employment:
    start: dt.date
    end: dt.date | None
    weekly_hours: float
    insured: bool


@dataclass(frozen=True)
class Scenario:
    type: str
    intake: dt.date
    as_of: dt.date
    iap_completed: dt.date | None = None
    group_counselling: str = "none"
    training: tuple[TrainingMonth, ...] = ()
    completed: dt.date | None = None
    employment: Employment | None = None


@dataclass(frozen=True)
class Payment:
    kind: str
    amount: int
    due: dt.date
    rule: str
    period: str = ""

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["due"] = self.due.isoformat()
        return data


@dataclass
class Statement:
    rules: str
    type: str
    as_of: dt.date
    payments: list[Payment] = field(default_factory=list)
    upcoming: list[Payment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(p.amount for p in self.payments)

    def as_json(self) -> dict[str, Any]:
        return {
            "rules": self.rules, "type": self.type, "as_of": self.as_of.isoformat(),
            "payments": [p.as_json() for p in self.payments],
            "total": self.total,
            "upcoming": [p.as_json() for p in self.upcoming],
            "notes": self.notes,
        }


def won(amount: int) -> str:
    return _("%(amount)s원") % {"amount": f"{amount:,}"}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _month_index(month: str) -> int:
    year, number = (int(p) for p in month.split("-"))
    return year * 12 + number - 1


def compute(scenario: Scenario, rules: RuleSet) -> Statement:
    """Every payment the scenario entitles to under `rules`, owed by `as_of` or upcoming."""
    kind_rules = rules.type(scenario.type)
    statement = Statement(rules=rules.id, type=scenario.type, as_of=scenario.as_of)
    found: list[Payment] = []

    # Stage 1: paid once the IAP (the end of Stage 1) is completed.
    if scenario.iap_completed is None:
        statement.notes.append(_("개인별 취업활동계획(IAP)을 완료하지 않아 1단계 참여수당이 "
                                 "없습니다."))
    else:
        add_on = kind_rules.stage1_group_won[scenario.group_counselling]
        if scenario.intake < rules.stage1_add_on_from:
            add_on = 0
        rule = _("1단계 참여수당 (%(type)s): 기본 %(base)s") % {
            "type": kind_rules.label, "base": won(kind_rules.stage1_base_won)}
        if add_on:
            group = {"completed": _("집단상담 수료"), "short": _("단기 집단상담·특강 2회")}[
                scenario.group_counselling]
            rule += _(" + %(group)s %(amount)s") % {"group": group, "amount": won(add_on)}
        rule += _(", IAP 완료 %(days)s일 이내 지급") % {"days": rules.stage1_due_days}
        found.append(Payment(STAGE1, kind_rules.stage1_base_won + add_on,
                             scenario.iap_completed + dt.timedelta(days=rules.stage1_due_days),
                             rule))

    # Stage 2: per attended day, capped per month, for at most max_months from the start.
    attended = sorted((m for m in scenario.training if m.days > 0), key=lambda m: m.month)
    if attended:
        first = _month_index(attended[0].month)
        for month in attended:
            if _month_index(month.month) - first >= rules.training_max_months:
                statement.notes.append(
                    _("%(month)s: 훈련 개시 후 %(limit)s개월 한도를 넘어 훈련참여지원수당을 "
                      "지급하지 않습니다.") % {"month": month.month,
                                           "limit": rules.training_max_months})
                continue
            raw = month.days * rules.training_per_day_won
            amount = min(raw, rules.training_monthly_cap_won)
            rule = _("훈련참여지원수당: %(days)s일 × %(per_day)s = %(raw)s") % {
                "days": month.days, "per_day": won(rules.training_per_day_won),
                "raw": won(raw)}
            if amount < raw:
                rule += _(", 월 한도 %(cap)s 적용") % {
                    "cap": won(rules.training_monthly_cap_won)}
            found.append(Payment(TRAINING, amount, month.last_day, rule, month.month))

    found.extend(_success(scenario, rules, statement))
    for payment in found:
        (statement.payments if payment.due <= scenario.as_of else statement.upcoming).append(
            payment)
    return statement


def _success(scenario: Scenario, rules: RuleSet, statement: Statement) -> list[Payment]:
    kind_rules = rules.type(scenario.type)
    job = scenario.employment
    if job is None:
        return []
    refusal = None
    if not kind_rules.success_allowance:
        refusal = _("취업성공수당은 %(type)s 참여자에게는 지급되지 않습니다.") % {
            "type": kind_rules.label}
    elif rules.success_insured_required and not job.insured:
        refusal = _("고용보험에 가입되지 않은 일자리라 취업성공수당 대상이 아닙니다.")
    elif job.weekly_hours < rules.success_min_weekly_hours:
        refusal = _("주 %(hours)s시간 근무로 주 %(min)s시간 이상 조건에 못 미쳐 취업성공수당 "
                    "대상이 아닙니다.") % {"hours": f"{job.weekly_hours:g}",
                                       "min": rules.success_min_weekly_hours}
    elif job.start < scenario.intake:
        refusal = _("취업일이 초기상담일보다 앞서 참여 중 취업으로 볼 수 없습니다.")
    elif scenario.completed is not None and (
        (job.start - scenario.completed).days > rules.success_window_days
    ):
        refusal = _("취업일이 종료일로부터 %(days)s일째로 %(window)s일(3개월) 이내가 아니어서 "
                    "취업성공수당 대상이 아닙니다.") % {
            "days": (job.start - scenario.completed).days,
            "window": rules.success_window_days}
    if refusal:
        statement.notes.append(refusal)
        return []
    payments = []
    for instalment in rules.instalments:
        due = add_months(job.start, instalment.after_months)
        if job.end is not None and job.end < due - dt.timedelta(days=1):
            statement.notes.append(
                _("일자리가 %(end)s에 끝나 %(months)s개월 근속에 이르지 못해 그 뒤의 "
                  "취업성공수당은 지급되지 않습니다.") % {
                    "end": job.end.isoformat(), "months": instalment.after_months})
            break
        payments.append(Payment(
            SUCCESS, instalment.amount_won, due,
            _("취업성공수당: 주 %(hours)s시간 고용보험 일자리 %(months)s개월 근속 후 %(amount)s")
            % {"hours": f"{job.weekly_hours:g}", "months": instalment.after_months,
               "amount": won(instalment.amount_won)},
            _("%(months)s개월") % {"months": instalment.after_months},
        ))
    return payments


class _Parser:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def date(self, data: dict[str, Any], key: str, where: str = "",
             required: bool = True) -> dt.date | None:
        value = data.get(key)
        name = f"{where}{key}"
        if value is None:
            if required:
                self.problems.append(_("%(key)s: 날짜가 필요합니다. 2014-03-03처럼 쓰세요.")
                                     % {"key": name})
            return None
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.problems.append(_("%(key)s: '%(value)s'은(는) 날짜가 아닙니다. 2014-03-03처럼 "
                                   "쓰세요.") % {"key": name, "value": value})
            return None


def scenario_from_dict(data: Any) -> Scenario:
    """A scenario from its JSON form; ScenarioError lists every problem in Korean."""
    if not isinstance(data, dict):
        raise ScenarioError(_("시나리오는 JSON 객체여야 합니다. 문서의 예시를 참고하세요."))
    p = _Parser()
    kind = data.get("type")
    if kind not in TYPES:
        p.problems.append(_("type: 참여 유형은 \"I\" 또는 \"II\"여야 합니다."))
    intake = p.date(data, "intake")
    as_of = p.date(data, "as_of")
    stage1 = data.get("stage1") or {}
    iap = p.date(stage1, "iap_completed", "stage1.", required=False)
    group = stage1.get("group_counselling", "none")
    if group not in GROUP_COUNSELLING:
        p.problems.append(_("stage1.group_counselling: completed, short, none 중 하나여야 "
                            "합니다."))
    training = []
    seen = set()
    for i, raw in enumerate(data.get("training") or []):
        month, days = (raw or {}).get("month"), (raw or {}).get("days")
        try:
            item = TrainingMonth(str(month), int(days))  # type: ignore[arg-type]  # TypeError is caught
            last = item.last_day
        except (TypeError, ValueError):
            p.problems.append(_("training[%(i)s]: month는 \"2014-04\", days는 정수로 쓰세요.")
                              % {"i": i})
            continue
        if not 0 <= item.days <= last.day:
            p.problems.append(_("training[%(i)s]: %(month)s의 출석일 %(days)s일은 0~%(max)s "
                                "사이여야 합니다.") % {"i": i, "month": month, "days": days,
                                                   "max": last.day})
        elif item.month in seen:
            p.problems.append(_("training[%(i)s]: %(month)s이(가) 두 번 나옵니다. 한 달은 한 "
                                "줄로 쓰세요.") % {"i": i, "month": month})
        else:
            seen.add(item.month)
            training.append(item)
    completed = p.date(data, "completed", required=False)
    employment = None
    raw_job = data.get("employment")
    if raw_job is not None:
        start = p.date(raw_job, "start", "employment.")
        end = p.date(raw_job, "end", "employment.", required=False)
        hours = raw_job.get("weekly_hours")
        insured = raw_job.get("insured")
        if not isinstance(hours, int | float) or isinstance(hours, bool) or hours <= 0:
            p.problems.append(_("employment.weekly_hours: 주당 근로시간을 양수로 쓰세요."))
        if not isinstance(insured, bool):
            p.problems.append(_("employment.insured: 고용보험 가입 여부를 true 또는 false로 "
                                "쓰세요."))
        if start and end and end < start:
            p.problems.append(_("employment.end: 퇴직일이 취업일보다 앞설 수 없습니다."))
        if start and isinstance(hours, int | float) and isinstance(insured, bool):
            employment = Employment(start, end, float(hours), insured)
    if intake:
        for key, day in (("stage1.iap_completed", iap), ("completed", completed)):
            if day and day < intake:
                p.problems.append(_("%(key)s: 초기상담일(intake)보다 앞설 수 없습니다.")
                                  % {"key": key})
    if p.problems or intake is None or as_of is None:
        raise ScenarioError(
            _("시나리오에 고칠 곳이 있습니다: %(problems)s") % {"problems": " ".join(p.problems)},
            problems=p.problems,
        )
    return Scenario(type=str(kind), intake=intake, as_of=as_of, iap_completed=iap,
                    group_counselling=group, training=tuple(training), completed=completed,
                    employment=employment)
