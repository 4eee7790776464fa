from __future__ import annotations

from django.db import models


class WorkerHeartbeat(models.Model):
    """Each running `goyong worker` touches its row every few seconds; /healthz reads them."""

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.worker_id} @ {self.hostname}"
