from __future__ import annotations

from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from goyong.core import jobs
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


@login_required
@require_GET
def job(request: HttpRequest, job_uuid: UUID) -> HttpResponse:
    """Progress of a background job: the page, or (for htmx polls) just its status panel.
    Visible to the user who started it and to HQ; anyone else gets 404 as if it did not exist."""
    found = jobs.job_for(request.user, job_uuid)
    if found is None:
        raise Http404
    template = ("core/jobs/_status.html" if request.headers.get("HX-Request")
                else "core/jobs/job.html")
    return render(request, template, {"job": found})
