"""Rule sets of the Employment Success Package (취업성공패키지) as data.

Each file `rules/<id>.json` holds one rule set (amounts, limits, eligibility criteria) with its
provenance; `load(id)` reads and validates one, `rule_set_for(day)` picks the one that applies to
an initial counselling on `day`. A new rule set is a new file: no code changes (docs/package.md
describes the format)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from goyong.jobseekers.package.errors import RulesError

RULES_DIR = Path(__file__).with_name("rules")
FORMAT = 1
TYPES = ("I", "II")
GROUP_COUNSELLING = ("completed", "short", "none")


@dataclass(frozen=True)
class StageLimits:
    stage1_days: int
    stage2_months: int
    stage3_months: int


@dataclass(frozen=True)
class TypeRules:
    code: str
    label: str
    limits: StageLimits
    card_limit_won: tuple[int, int]
    copay_percent: tuple[int, int]
    stage1_base_won: int
    stage1_group_won: dict[str, int]
    success_allowance: bool


@dataclass(frozen=True)
class Instalment:
    after_months: int
    amount_won: int


@dataclass(frozen=True)
class Criterion:
    """One eligibility category: an age band plus a category flag and/or an income ceiling."""

    code: str
    label: str
    age_min: int
    age_max: int
    category: str | None
    income_max_percent: int | None


@dataclass(frozen=True)
class RuleSet:
    id: str
    name: str
    applies_from: dt.date
    applies_to: dt.date | None
    provenance: dict[str, Any]
    types: dict[str, TypeRules]
    stage1_add_on_from: dt.date
    stage1_due_days: int
    training_per_day_won: int
    training_monthly_cap_won: int
    training_max_months: int
    success_min_weekly_hours: int
    success_insured_required: bool
    success_window_days: int
    instalments: tuple[Instalment, ...]
    eligibility: dict[str, tuple[Criterion, ...]]

    def type(self, code: str) -> TypeRules:
        try:
            return self.types[code]
        except KeyError:
            raise RulesError(
                _("참여 유형 '%(type)s'은(는) 없습니다. I 또는 II로 쓰세요.") % {"type": code}
            ) from None

    @property
    def success_max_won(self) -> int:
        return sum(i.amount_won for i in self.instalments)


class _Reader:
    """Reads one JSON document, collecting every problem with its key path."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[str] = []

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def get(self, data: Any, key: str, where: str) -> Any:
        if not isinstance(data, dict) or key not in data:
            self.problem(f"{where}.{key}".lstrip("."), _("필수 항목이 없습니다."))
            return None
        return data[key]

    def integer(self, data: Any, key: str, where: str, minimum: int = 0) -> int:
        value = self.get(data, key, where)
        if value is None:
            return 0
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.problem(f"{where}.{key}".lstrip("."),
                         _("%(minimum)s 이상의 정수여야 합니다.") % {"minimum": minimum})
            return 0
        return value

    def text(self, data: Any, key: str, where: str) -> str:
        value = self.get(data, key, where)
        if value is None:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{where}.{key}".lstrip("."), _("비어 있지 않은 문자열이어야 합니다."))
            return ""
        return value

    def date(self, data: Any, key: str, where: str, optional: bool = False) -> dt.date | None:
        value = self.get(data, key, where) if not optional else (data or {}).get(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.problem(f"{where}.{key}".lstrip("."),
                         _("날짜는 2014-01-01처럼 YYYY-MM-DD로 써야 합니다."))
            return None

    def pair(self, data: Any, key: str, where: str) -> tuple[int, int]:
        value = self.get(data, key, where)
        if value is None:
            return (0, 0)
        if (not isinstance(value, list) or len(value) != 2
                or not all(isinstance(v, int) and v >= 0 for v in value) or value[0] > value[1]):
            self.problem(f"{where}.{key}".lstrip("."),
                         _("[최소, 최대] 두 정수여야 하고 최소가 최대보다 클 수 없습니다."))
            return (0, 0)
        return (value[0], value[1])


def parse(data: Any, name: str = "rules") -> RuleSet:
    """Validate one rule-set document; raise RulesError listing every problem."""
    r = _Reader(name)
    if r.get(data, "format", "") != FORMAT:
        r.problem("format", _("지원하는 형식 번호는 %(format)s입니다.") % {"format": FORMAT})
    rule_id = r.text(data, "id", "")
    provenance = r.get(data, "provenance", "") or {}
    if not isinstance(provenance, dict) or not provenance.get("source"):
        r.problem("provenance.source", _("규칙의 출처를 적어야 합니다."))
    types: dict[str, TypeRules] = {}
    raw_types = r.get(data, "types", "") or {}
    for code in TYPES:
        where = f"types.{code}"
        raw = r.get(raw_types, code, "types") or {}
        limits = r.get(raw, "stage_limits", where) or {}
        training = r.get(raw, "training", where) or {}
        stage1 = r.get(raw, "stage1_allowance", where) or {}
        groups = r.get(stage1, "group_counselling_won", f"{where}.stage1_allowance") or {}
        success = r.get(raw, "success_allowance", where)
        if not isinstance(success, bool):
            r.problem(f"{where}.success_allowance", _("true 또는 false여야 합니다."))
        copay = r.pair(training, "copay_percent", f"{where}.training")
        if copay[1] > 100:
            r.problem(f"{where}.training.copay_percent", _("자부담 비율은 100%를 넘을 수 없습니다."))
        types[code] = TypeRules(
            code=code,
            label=r.text(raw, "label", where),
            limits=StageLimits(
                stage1_days=r.integer(limits, "stage1_days", f"{where}.stage_limits", 1),
                stage2_months=r.integer(limits, "stage2_months", f"{where}.stage_limits", 1),
                stage3_months=r.integer(limits, "stage3_months", f"{where}.stage_limits", 1),
            ),
            card_limit_won=r.pair(training, "card_limit_won", f"{where}.training"),
            copay_percent=copay,
            stage1_base_won=r.integer(stage1, "base_won", f"{where}.stage1_allowance"),
            stage1_group_won={
                g: r.integer(groups, g, f"{where}.stage1_allowance.group_counselling_won")
                for g in GROUP_COUNSELLING
            },
            success_allowance=bool(success),
        )
    s1 = r.get(data, "stage1_allowance", "") or {}
    training = r.get(data, "training_allowance", "") or {}
    success = r.get(data, "success_allowance", "") or {}
    instalments = []
    raw_instalments = r.get(success, "instalments", "success_allowance") or []
    if not isinstance(raw_instalments, list):
        r.problem("success_allowance.instalments", _("목록이어야 합니다."))
        raw_instalments = []
    for i, raw in enumerate(raw_instalments):
        where = f"success_allowance.instalments[{i}]"
        instalments.append(Instalment(r.integer(raw, "after_months", where, 1),
                                      r.integer(raw, "amount_won", where, 1)))
    months = [i.after_months for i in instalments]
    if months != sorted(set(months)):
        r.problem("success_allowance.instalments",
                  _("분할 지급 시점(after_months)은 서로 다르고 오름차순이어야 합니다."))
    eligibility: dict[str, tuple[Criterion, ...]] = {}
    raw_eligibility = r.get(data, "eligibility", "") or {}
    for code in TYPES:
        criteria = []
        for i, raw in enumerate(r.get(raw_eligibility, code, "eligibility") or []):
            where = f"eligibility.{code}[{i}]"
            age = r.pair(raw, "age", where)
            category = raw.get("category") if isinstance(raw, dict) else None
            income = raw.get("income_max_percent") if isinstance(raw, dict) else None
            if income is not None and (not isinstance(income, int) or income <= 0):
                r.problem(f"{where}.income_max_percent", _("1 이상의 정수여야 합니다."))
                income = None
            criteria.append(Criterion(r.text(raw, "code", where), r.text(raw, "label", where),
                                      age[0], age[1], category, income))
        eligibility[code] = tuple(criteria)
    rule_set = RuleSet(
        id=rule_id,
        name=r.text(data, "name", ""),
        applies_from=r.date(data, "applies_to_intake_from", "") or dt.date.min,
        applies_to=r.date(data, "applies_to_intake_to", "", optional=True),
        provenance=provenance if isinstance(provenance, dict) else {},
        types=types,
        stage1_add_on_from=r.date(s1, "add_on_from_intake", "stage1_allowance") or dt.date.min,
        stage1_due_days=r.integer(s1, "due_days_after_iap", "stage1_allowance"),
        training_per_day_won=r.integer(training, "per_day_won", "training_allowance", 1),
        training_monthly_cap_won=r.integer(training, "monthly_cap_won", "training_allowance", 1),
        training_max_months=r.integer(training, "max_months", "training_allowance", 1),
        success_min_weekly_hours=r.integer(success, "min_weekly_hours", "success_allowance", 1),
        success_insured_required=bool(r.get(success, "insured_required", "success_allowance")),
        success_window_days=r.integer(success, "start_within_days_after_completion",
                                      "success_allowance"),
        instalments=tuple(instalments),
        eligibility=eligibility,
    )
    if r.problems:
        raise RulesError(
            _("규칙 파일 %(name)s이(가) 올바르지 않습니다. 다음 항목을 고치세요: %(problems)s")
            % {"name": name, "problems": "; ".join(r.problems)},
            problems=r.problems,
        )
    return rule_set


def available() -> list[str]:
    """The ids of the shipped rule sets, oldest first."""
    return sorted(p.stem for p in RULES_DIR.glob("*.json"))


@cache
def load(rule_id: str) -> RuleSet:
    """The shipped rule set `rule_id` (e.g. "2014"), validated."""
    path = RULES_DIR / f"{rule_id}.json"
    if rule_id not in available():
        raise RulesError(
            _("규칙 '%(id)s'이(가) 없습니다. 사용할 수 있는 규칙: %(ids)s")
            % {"id": rule_id, "ids": ", ".join(available())}
        )
    return load_path(path)


def load_path(path: Path) -> RuleSet:
    """A rule set from any file (for checking a new file before shipping it)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RulesError(
            _("규칙 파일 %(name)s을(를) 읽을 수 없습니다. JSON 형식을 확인하세요. (%(error)s)")
            % {"name": path.name, "error": error}
        ) from error
    rule_set = parse(data, path.name)
    if rule_set.id != path.stem:
        raise RulesError(
            _("규칙 파일 %(name)s의 id는 파일 이름과 같은 '%(stem)s'이어야 합니다.")
            % {"name": path.name, "stem": path.stem}
        )
    return rule_set


def rule_set_for(intake: dt.date) -> RuleSet:
    """The rule set that applies to a participant whose initial counselling was on `intake`."""
    for rule_id in reversed(available()):
        rule_set = load(rule_id)
        if rule_set.applies_from <= intake and (
            rule_set.applies_to is None or intake <= rule_set.applies_to
        ):
            return rule_set
    raise RulesError(
        _("초기상담일 %(day)s에 적용되는 규칙이 없습니다. --rules로 규칙을 지정하세요.")
        % {"day": intake.isoformat()}
    )
