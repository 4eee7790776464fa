import datetime as dt

import pytest
from django.utils import timezone

from goyong.core.health import Heartbeat
from goyong.core.models import WorkerHeartbeat

pytestmark = pytest.mark.django_db


def test_healthz_is_503_without_a_worker(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "ok"
    assert response.json()["worker"] == "stale"


def test_healthz_is_200_with_a_fresh_heartbeat(client):
    Heartbeat().beat()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_healthz_is_503_when_the_heartbeat_is_old(client, settings):
    # given: a worker that last beat longer ago than allowed
    old = timezone.now() - dt.timedelta(seconds=settings.WORKER_HEARTBEAT_MAX_AGE + 1)
    WorkerHeartbeat.objects.create(worker_id="w", hostname="h", pid=1, started_at=old,
                                   last_seen_at=old)
    # when / then
    assert client.get("/healthz").status_code == 503
