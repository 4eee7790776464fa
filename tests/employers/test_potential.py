"""Hiring potential: the engine against independent computations, the back-test on a
simulated region, guardrails, and runs stored from the database."""

import datetime as dt

import numpy as np
import pytest
from django.core.management import call_command
from scipy import optimize

from goyong.accounts.choices import Role
from goyong.audit.models import AuditLog
from goyong.employers import actions
from goyong.employers.choices import PotentialRunStatus
from goyong.employers.engine import potential
from goyong.employers.models import HeadcountMonth, PotentialRun, PotentialScore
from tests.employers.factories import make_company
from tests.factories import make_user, office_named


def test_poisson_ridge_matches_a_generic_optimiser():
    # given a small Poisson problem
    rng = np.random.default_rng(5)
    x = np.column_stack([np.ones(400), rng.normal(size=(400, 3))])
    y = rng.poisson(np.exp(x @ np.array([0.5, 0.3, -0.2, 0.1]))).astype(float)
    penalty = np.array([0.0, 2.0, 2.0, 2.0])

    def loss(beta):
        eta = x @ beta
        return np.sum(np.exp(eta) - y * eta) + 0.5 * np.sum(penalty * beta ** 2)

    # when
    ours = potential.PoissonRidge(alpha=2.0).fit(x, y).coef_
    reference = optimize.minimize(loss, np.zeros(4), method="BFGS", options={"gtol": 1e-10}).x
    # then
    np.testing.assert_allclose(ours, reference, atol=1e-5)


def test_captured_share_on_a_small_example():
    # given 10 companies; the model ranks company 9 first and 8 second
    actual = np.array([0, 1, 0, 2, 0, 0, 3, 0, 4, 10], dtype=float)
    predicted = np.arange(10, dtype=float)
    # then: top 10% = 1 company (10 of 20 hires), top 20% = 2 companies (14 of 20)
    assert potential.captured_share(predicted, actual, 0.1) == 0.5
    assert potential.captured_share(predicted, actual, 0.2) == 0.7


def test_scores_and_stars():
    score, stars = potential.to_score(np.array([0.0, 1.0, 5.0, 40.0, 100.0]))
    # log1p(h) / log1p(40) × 100: 0, 18.66, 48.25, 100, capped at 100
    assert score.tolist() == [0, 19, 48, 100, 100]
    assert stars.tolist() == [1.0, 1.0, 2.5, 5.0, 5.0]


def test_backtest_on_a_simulated_region_beats_random():
    # given 300 companies over 48 months
    panel, _extra = potential.simulate(300, 48, seed=11)
    # when
    result = potential.backtest(panel)
    # then
    assert result.train_origins == [24, 30]
    assert result.test_origins == [36, 42]
    assert result.beats_random is True
    assert result.top10 > 2 * result.random10
    assert result.top20 > 2 * result.random20
    assert 0.08 < result.random10 < 0.12


def test_backtest_needs_thirty_months():
    panel, _extra = potential.simulate(20, 24, seed=1)
    with pytest.raises(ValueError, match="30 months"):
        potential.backtest(panel)


def test_guardrails_refuse_large_error_weak_lift_and_drift():
    panel, _extra = potential.simulate(100, 48, seed=2)
    result = potential.backtest(panel)
    scores = np.full(100, 60)
    assert potential.check_guardrails(result, scores, None) == []
    # a previous run 30 points lower on average, with no one above 50
    assert potential.check_guardrails(result, scores, np.full(100, 30)) == ["score_drift"]
    strict = potential.Guardrails(max_relative_rmse=0.01, min_lift_top10=100.0,
                                  min_companies=1000)
    assert potential.check_guardrails(result, scores, None, strict) == [
        "too_few_companies", "rmse", "lift"]


def _region(n=40, months=36):
    """n 서울 companies with `months` months from 2022-01; hires grow with a latent rate."""
    rng = np.random.default_rng(3)
    panel, _extra = potential.simulate(n, months, seed=3)
    rows = []
    for i in range(n):
        company = make_company(name=f"(주)지역기업{i}")
        for t in range(months):
            rows.append(HeadcountMonth(
                company=company, month=dt.date(2022 + t // 12, t % 12 + 1, 1),
                insured=int(panel.headcount[i, t]), hires=int(panel.hires[i, t]),
                separations=0, hires_part_time=int(rng.integers(0, 3))))
    HeadcountMonth.objects.bulk_create(rows)


@pytest.mark.django_db
def test_run_potential_publishes_scores_and_audits():
    # given
    _region()
    hq = make_user(Role.HQ)
    # when
    run = actions.run_potential("11", acting_user=hq)
    # then
    assert run.status == PotentialRunStatus.PUBLISHED
    assert run.as_of == dt.date(2024, 12, 1)
    assert run.metrics["all"]["companies"] == 40
    assert run.metrics["part_time"] is not None
    assert PotentialScore.objects.filter(run=run).count() == 40
    assert PotentialScore.objects.filter(run=run, score_part_time__isnull=True).count() == 0
    assert AuditLog.objects.filter(event="employers.potential.published").count() == 1


@pytest.mark.django_db
def test_run_potential_refuses_to_publish_when_a_guardrail_breaks():
    _region()
    run = actions.run_potential("11", acting_user=None,
                                rails=potential.Guardrails(max_relative_rmse=0.001))
    assert run.status == PotentialRunStatus.REFUSED
    assert run.refusal == "검증 오차(RMSE)가 허용 범위를 넘어 점수를 게시하지 않습니다."
    assert AuditLog.objects.filter(event="employers.potential.refused").count() == 1


@pytest.mark.django_db
def test_office_staff_cannot_run_potential():
    _region(n=10)
    lead = make_user(Role.OFFICE_LEAD, office_named("서울지방고용노동청"))
    with pytest.raises(PermissionError):
        actions.run_potential("11", acting_user=lead)
    assert PotentialRun.objects.count() == 0
    assert not AuditLog.objects.filter(event__startswith="employers.potential").exists()


@pytest.mark.django_db
def test_backtest_command_prints_rmse_and_shares_next_to_random(capsys):
    # given
    _region()
    # when
    call_command("employers", "backtest", "--region", "11")
    out = capsys.readouterr().out
    # then
    assert "[지역 11] 마지막 달 2024-12" in out
    assert "RMSE:" in out
    assert "상위 10% 기업이 차지한 실제 채용: 모형" in out
    assert "상위 20% 기업이 차지한 실제 채용: 모형" in out
    assert "무작위" in out
    assert "시간선택제 채용:" in out


@pytest.mark.django_db
def test_backtest_command_explains_a_region_without_companies():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="지역 코드 39에 등록된 기업이 없습니다"):
        call_command("employers", "backtest", "--region", "39")
