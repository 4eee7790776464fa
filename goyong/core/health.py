"""What /healthz reports: the database answers, and a task worker has beaten recently."""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
import uuid

from django.conf import settings
from django.db import OperationalError, close_old_connections, connection
from django.utils import timezone

from goyong.core.models import WorkerHeartbeat


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except OperationalError:
        return False


def latest_heartbeat() -> dt.datetime | None:
    row = WorkerHeartbeat.objects.order_by("-last_seen_at").values_list(
        "last_seen_at", flat=True
    ).first()
    return row


def worker_alive(now: dt.datetime | None = None) -> bool:
    seen = latest_heartbeat()
    if seen is None:
        return False
    now = now or timezone.now()
    return (now - seen).total_seconds() <= settings.WORKER_HEARTBEAT_MAX_AGE


class Heartbeat:
    """A daemon thread that touches this worker's heartbeat row every `interval` seconds."""

    def __init__(self, interval: float = 5.0) -> None:
        self.interval = interval
        self.worker_id = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="goyong-heartbeat", daemon=True)

    def beat(self) -> None:
        now = timezone.now()
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={"hostname": socket.gethostname()[:255], "pid": os.getpid(),
                      "last_seen_at": now},
            create_defaults={"hostname": socket.gethostname()[:255], "pid": os.getpid(),
                             "started_at": now, "last_seen_at": now},
        )

    def start(self) -> None:
        self.beat()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.interval + 1)
        WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.beat()
            except OperationalError:
                # A busy SQLite file or a restarting server: try again at the next beat.
                pass
            finally:
                close_old_connections()
