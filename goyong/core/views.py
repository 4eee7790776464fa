from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from goyong.core.health import database_ok, latest_heartbeat, worker_alive


@never_cache
@require_GET
def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database answers and a worker has beaten recently, 503 otherwise."""
    db = database_ok()
    worker = db and worker_alive()
    seen = latest_heartbeat() if db else None
    body = {
        "status": "ok" if db and worker else "unavailable",
        "database": "ok" if db else "unreachable",
        "worker": "ok" if worker else "stale",
        "worker_last_seen": seen.isoformat() if seen else None,
    }
    return JsonResponse(body, status=200 if db and worker else 503)
