"""Income thresholds as data: 최저생계비 (monthly, won) by year and household size.

Sources: 보건복지부 고시 「최저생계비」 for each year. The 2014 values for 1 and 4 persons
(603,403 / 1,630,820원) are verified in the project's domain research (a 위탁 provider's
restatement of the 취업성공패키지 rules); the other sizes and years are the published tables
as recalled, to be checked against the 고시 before production use. From 2015 the 기준
중위소득 replaced 최저생계비 as the yardstick; add a table here for later rule sets (no code
changes needed: `threshold_for` picks the newest year not after the day asked about)."""

from __future__ import annotations

# year → (amounts for households of 1…7 persons, increment per further person)
MINIMUM_COST_OF_LIVING: dict[int, tuple[tuple[int, ...], int]] = {
    2013: ((572_168, 974_231, 1_260_315, 1_546_399, 1_832_482, 2_118_566, 2_404_650), 286_084),
    2014: ((603_403, 1_027_417, 1_329_118, 1_630_820, 1_932_522, 2_234_223, 2_535_925), 301_702),
}

# Multiples of 최저생계비 used by 취업성공패키지 (domain-facts §4(b)).
PACKAGE_I_INCOME_MULTIPLE = 1.5   # Ⅰ유형: 최저생계비 150% 이하 가구원
PACKAGE_II_INCOME_MULTIPLE = 2.5  # Ⅱ유형 중장년: 최저생계비 250% 이하 가구원


def threshold_year(year: int) -> int:
    """The newest table year not after `year` (the oldest table before any)."""
    years = sorted(MINIMUM_COST_OF_LIVING)
    eligible = [y for y in years if y <= year]
    return eligible[-1] if eligible else years[0]


def minimum_cost_of_living(year: int, household_size: int) -> int:
    """최저생계비 of a household of `household_size` (≥ 1) in the table for `year`."""
    amounts, increment = MINIMUM_COST_OF_LIVING[threshold_year(year)]
    size = max(1, household_size)
    if size <= len(amounts):
        return amounts[size - 1]
    return amounts[-1] + increment * (size - len(amounts))
