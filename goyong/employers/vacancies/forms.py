"""Forms of the vacancy pages. They parse input; the rules are checked by the actions, whose
problems the views attach to the fields (so pages, the API and the CLI say the same thing)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from goyong.employers.models import Company
from goyong.employers.vacancies import policies
from goyong.employers.vacancies.actions import VacancyInput
from goyong.employers.vacancies.choices import (
    CareCategory,
    ContractType,
    PartTimeType,
    VacancyStatus,
    WageBasis,
)
from goyong.employers.vacancies.queries import CARE_ANY, OLDER_ANY
from goyong.reference.models import ClassificationItem


def keco_items() -> Any:
    return ClassificationItem.objects.filter(
        scheme__in=["keco2018", "keco2007"]).order_by("-scheme", "code")


class OccupationField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.get_scheme_display()} {obj.code})"


def _style(form: forms.Form) -> None:
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.CheckboxInput):
            widget.attrs.setdefault("class", "gy-check")
        elif isinstance(widget, forms.Select):
            widget.attrs.setdefault("class", "krds-form-select")
        else:
            widget.attrs.setdefault("class", "krds-input")


def mark_errors(form: forms.Form) -> None:
    """Point each field with an error at its message (call just before rendering)."""
    for name, field in form.fields.items():
        if form.is_bound and form.errors.get(name):
            field.widget.attrs["aria-invalid"] = "true"
            field.widget.attrs["aria-describedby"] = f"err-{name}"


class VacancyForm(forms.Form):
    company_brn = forms.CharField(
        label=_("사업자등록번호"), max_length=12, required=False,
        help_text=_("구인 기업의 사업자등록번호 10자리 (하이픈 없이 또는 123-45-67890)"))
    company = forms.ModelChoiceField(label=_("기업"), queryset=Company.objects.none(),
                                     required=False, empty_label=None)
    title = forms.CharField(label=_("구인 제목"), max_length=120, error_messages={
        "required": _("구인 제목을 적으세요.")})
    occupation = OccupationField(label=_("직종(한국고용직업분류)"), queryset=keco_items(),
                                 error_messages={"required": _("직종을 고르세요."),
                                                 "invalid_choice": _("목록에 있는 직종을 고르세요.")})
    description = forms.CharField(label=_("직무 내용"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))
    work_sigungu_code = forms.CharField(
        label=_("근무지 시군구 코드"), max_length=5, required=False,
        help_text=_("비워 두면 기업 소재지입니다. 다른 곳이면 통계청 5자리 코드를 적으세요."))
    work_address = forms.CharField(label=_("근무지 주소"), max_length=200, required=False)
    wage_amount = forms.IntegerField(label=_("임금(원)"), min_value=1, error_messages={
        "required": _("임금을 원 단위 숫자로 적으세요."),
        "invalid": _("임금은 쉼표 없이 원 단위 숫자로 적으세요(예: 2200000)."),
        "min_value": _("임금은 0원보다 커야 합니다.")})
    wage_basis = forms.ChoiceField(label=_("임금 기준"), choices=WageBasis.choices)
    weekly_hours = forms.DecimalField(
        label=_("주 근로시간"), max_digits=4, decimal_places=1, error_messages={
            "required": _("주 근로시간을 적으세요."),
            "invalid": _("주 근로시간은 숫자로 적으세요(예: 40 또는 17.5)."),
            "max_digits": _("주 근로시간은 52시간 이하로 적으세요."),
            "max_decimal_places": _("주 근로시간은 소수 첫째 자리까지만 적으세요.")})
    contract_type = forms.ChoiceField(label=_("계약 형태"), choices=ContractType.choices)
    contract_months = forms.IntegerField(
        label=_("계약 기간(개월)"), required=False, min_value=1,
        help_text=_("기간제일 때만 적습니다."),
        error_messages={"invalid": _("계약 기간은 개월 수를 숫자로 적으세요.")})
    openings = forms.IntegerField(label=_("모집 인원"), min_value=1, initial=1, error_messages={
        "required": _("모집 인원을 적으세요."),
        "min_value": _("모집 인원은 1명 이상이어야 합니다.")})
    part_time = forms.BooleanField(label=_("시간선택제 일자리 (주 15~30시간)"), required=False)
    part_time_type = forms.ChoiceField(
        label=_("시간선택제 유형"), required=False,
        choices=[("", _("해당 없음")), *PartTimeType.choices])
    care_category = forms.ChoiceField(label=_("돌봄·장년 일자리 구분"), required=False,
                                      choices=CareCategory.choices)
    closes_on = forms.DateField(label=_("접수 마감일"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}),
                                error_messages={"invalid": _("마감일은 2014-06-30처럼 적으세요.")})
    open_now = forms.BooleanField(label=_("저장하면서 바로 게시"), required=False, initial=True)

    def __init__(self, *args: Any, user: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        if editing:
            for name in ("company_brn", "company", "open_now"):
                del self.fields[name]
        elif policies.is_employer(user):
            del self.fields["company_brn"]
            company_field = self.fields["company"]
            assert isinstance(company_field, forms.ModelChoiceField)
            company_field.queryset = policies.employer_companies(user)
            self.fields["company"].required = True
        else:
            del self.fields["company"]
            self.fields["company_brn"].required = True
            self.fields["company_brn"].error_messages["required"] = _(
                "구인 기업의 사업자등록번호를 적으세요.")
        _style(self)

    def clean_company_brn(self) -> Company | None:
        raw = self.cleaned_data.get("company_brn") or ""
        digits = raw.replace("-", "").strip()
        company = Company.objects.filter(brn=digits).first() if digits else None
        if company is None or not policies.can_post_for(self.user, company):
            raise forms.ValidationError(_(
                "사업자등록번호 %(brn)s인 기업이 없거나 귀하가 구인을 등록할 수 있는 기업이 "
                "아닙니다. 번호를 확인하거나 기업 관할 관서에 요청하세요."), params={"brn": raw})
        return company

    def posting_company(self) -> Company:
        company = self.cleaned_data.get("company") or self.cleaned_data.get("company_brn")
        assert isinstance(company, Company)
        return company

    def to_input(self) -> VacancyInput:
        data = self.cleaned_data
        return VacancyInput(
            occupation=data["occupation"], title=data["title"], wage_amount=data["wage_amount"],
            wage_basis=data["wage_basis"], weekly_hours=data["weekly_hours"],
            description=data.get("description") or "",
            work_sigungu_code=data.get("work_sigungu_code") or "",
            work_address=data.get("work_address") or "",
            contract_type=data["contract_type"], contract_months=data.get("contract_months"),
            openings=data["openings"], part_time=bool(data.get("part_time")),
            part_time_type=data.get("part_time_type") or "",
            care_category=data.get("care_category") or "", closes_on=data.get("closes_on"))

    @staticmethod
    def initial_from(vacancy: Any) -> dict[str, Any]:
        return {name: getattr(vacancy, name) for name in (
            "title", "occupation", "description", "work_sigungu_code", "work_address",
            "wage_amount", "wage_basis", "weekly_hours", "contract_type", "contract_months",
            "openings", "part_time", "part_time_type", "care_category", "closes_on")}


class FilterForm(forms.Form):
    q = forms.CharField(label=_("검색어"), required=False, max_length=60)
    occupation = OccupationField(label=_("직종"), queryset=keco_items(), required=False,
                                 empty_label=_("전체"))
    region = forms.ChoiceField(label=_("지역(시도)"), required=False)
    care = forms.ChoiceField(label=_("돌봄·장년 일자리"), required=False, choices=[
        ("", _("전체")), (CARE_ANY, _("돌봄 일자리 전체")),
        (OLDER_ANY, _("장년 적합 일자리 전체")),
        *[(c.value, c.label) for c in CareCategory if c.value]])
    status = forms.ChoiceField(label=_("상태"), required=False,
                               choices=[("", _("전체")), *VacancyStatus.choices])
    part_time = forms.BooleanField(label=_("시간선택제만"), required=False)
    quality_part_time = forms.BooleanField(label=_("우수 시간선택제만"), required=False)
    gangso = forms.BooleanField(label=_("강소기업만"), required=False)

    def __init__(self, *args: Any, regions: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        region_field = self.fields["region"]
        assert isinstance(region_field, forms.ChoiceField)
        region_field.choices = [("", _("전국")), *regions]
        _style(self)
        for name, field in self.fields.items():
            field.widget.attrs["id"] = f"f-{name}"


class CompanyProfileForm(forms.Form):
    """The company fields an employer keeps up to date (actions.PROFILE_FIELDS)."""

    address = forms.CharField(label=_("주소"), max_length=200, required=False)
    flexible_work = forms.BooleanField(label=_("유연근무제를 운영합니다"), required=False)
    ilga_pledge = forms.BooleanField(label=_("일家양득 캠페인 참여를 서약합니다"), required=False)
    visit_opt_out = forms.BooleanField(
        label=_("고용센터의 기업 발굴 방문을 받지 않겠습니다"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _style(self)
