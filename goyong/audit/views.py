"""The HQ audit-log viewer; everyone else gets 404, as if it did not exist."""

from __future__ import annotations

import csv
import dataclasses
import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from goyong.accounts.policies import can_view_audit_log
from goyong.audit.actions import record_log_exported
from goyong.audit.queries import AuditFilters, audit_rows_visible_to, event_codes

PAGE_SIZE = 50


class AuditFilterForm(forms.Form):
    event = forms.CharField(label=_("이벤트 코드"), required=False, max_length=64)
    actor = forms.CharField(label=_("행위자 (사용자 ID)"), required=False, max_length=150)
    office = forms.CharField(label=_("관서 코드"), required=False, max_length=16)
    subject_id = forms.CharField(label=_("대상 ID"), required=False, max_length=64)
    date_from = forms.DateField(
        label=_("시작일"), required=False,
        error_messages={"invalid": _("시작일을 2014-04-15처럼 연-월-일로 입력하세요.")},
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        label=_("종료일"), required=False,
        error_messages={"invalid": _("종료일을 2014-04-15처럼 연-월-일로 입력하세요.")},
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self) -> dict:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("시작일이 종료일보다 늦습니다. 기간을 다시 선택하세요."))
        return data

    def filters(self) -> AuditFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return AuditFilters(
            event=(data.get("event") or "").strip(),
            actor=(data.get("actor") or "").strip(),
            office=(data.get("office") or "").strip(),
            subject_id=(data.get("subject_id") or "").strip(),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )


def _form(request: HttpRequest) -> AuditFilterForm:
    if not can_view_audit_log(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    for name, field in form.fields.items():
        field.widget.attrs.setdefault("class", "krds-input")
        field.widget.attrs.setdefault("id", f"f-{name}")
    form.fields["event"].widget.attrs["list"] = "event-codes"
    return form


@require_GET
@login_required
def log(request: HttpRequest) -> HttpResponse:
    form = _form(request)
    rows = audit_rows_visible_to(request.user, form.filters())
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "audit/log.html", {
        "form": form, "page": page, "query": query.urlencode(), "event_codes": event_codes(),
    })


class _Echo:
    def write(self, value: str) -> str:
        return value


@require_GET
@login_required
def export(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered rows as CSV, all pages, streamed."""
    form = _form(request)
    filters = form.filters()
    exported = record_log_exported(
        {k: str(v) for k, v in dataclasses.asdict(filters).items() if v}, acting_user=request.user
    )
    # The file holds the log as it was asked for, not the row that records the asking.
    rows = audit_rows_visible_to(request.user, filters).exclude(pk=exported.pk)
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"
        yield writer.writerow(["created_at", "event", "actor", "office", "subject_type",
                               "subject_id", "ip", "data"])
        for row in rows.iterator(chunk_size=2000):
            yield writer.writerow([
                timezone.localtime(row.created_at).isoformat(timespec="seconds"),
                row.event,
                row.actor.username if row.actor else "",
                row.office.code if row.office else "",
                row.subject_type, row.subject_id, row.ip or "",
                json.dumps(row.data, ensure_ascii=False, sort_keys=True, default=str),
            ])

    stamp = timezone.localdate().isoformat()
    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.csv"'
    return response
