"""Office and national reports as Excel (several sheets) and PDF (Korean font embedded from
the package, a bar chart drawn in the PDF). Built from the same cockpit reads as the pages."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font

from goyong.taskforce import ledger as ledger_module
from goyong.taskforce import queries
from goyong.taskforce.choices import Pace, TargetOrigin, TargetStatus

FONT_DIR = Path(__file__).resolve().parent / "fonts"
# NanumGothic carries VTT hinting sources (TSI* tables) that the subsetter drops, saying so
# once per table and document; the output is right either way.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PDF = "application/pdf"


def _num(value: float | None, digits: int = 1) -> float | int | None:
    if value is None:
        return None
    rounded = round(float(value), digits)
    return int(rounded) if rounded.is_integer() else rounded


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def indicator_rows(cockpit: queries.Cockpit) -> list[list[Any]]:
    return [[r.code, r.label, r.unit, _num(r.progress.target), r.progress.actual,
             _num(r.progress.expected), _pct(r.progress.ratio), r.pace_label,
             _num(r.progress.projected)] for r in cockpit.rows]


INDICATOR_HEADER = [N_("지표 코드"), N_("지표"), N_("단위"), N_("목표"), N_("실적"),
                    N_("지금까지 계획"), N_("계획 대비 (%)"), N_("진도"), N_("연말 예상")]


def _sheet(book: Workbook, title: str, header: list[str], rows: list[list[Any]]) -> Any:
    sheet = book.create_sheet(title[:31])
    sheet.append([_(h) for h in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    return sheet


def _summary(book: Workbook, cockpit: queries.Cockpit) -> None:
    sheet = book.active
    assert sheet is not None
    sheet.title = _("요약")
    sheet.append([_("보고서"), _("고용률 70% 추진단 실적 보고")])
    sheet.append([_("관서"), cockpit.name])
    sheet.append([_("관서 코드"), cockpit.office_code])
    sheet.append([_("기간"), cockpit.period])
    sheet.append([_("기준일"), cockpit.as_of.isoformat()])
    sheet.append([_("계획상 진도 (%)"), round(cockpit.share * 100, 1)])
    if cockpit.gap.needed is not None:
        sheet.append([_("70%까지 필요한 취업자 (명)"), cockpit.gap.needed])
        sheet.append([_("격차 기준 통계 기간"), cockpit.gap.period])
    sheet.append([])
    sheet.append([_("보고 사항")])
    for line in cockpit.upward:
        sheet.append([line])
    for cell in sheet["A"]:
        cell.font = Font(bold=True)


def _targets(cockpit: queries.Cockpit) -> list[list[Any]]:
    return [[t.indicator, queries.indicator_label(t.indicator), t.period, float(t.value),
             str(TargetOrigin(t.origin).label), str(TargetStatus(t.status).label),
             t.basis.get("persons_needed", ""), t.reason]
            for t in [*cockpit.targets, *cockpit.proposals]]


TARGET_HEADER = [N_("지표 코드"), N_("지표"), N_("기간"), N_("목표값"), N_("근거"), N_("상태"),
                 N_("격차 인원 (명)"), N_("사유")]


def office_xlsx(cockpit: queries.Cockpit) -> bytes:
    """요약, 지표, 목표, 기여, 회의, 유의사항."""
    book = Workbook()
    _summary(book, cockpit)
    _sheet(book, _("지표"), INDICATOR_HEADER, indicator_rows(cockpit))
    _sheet(book, _("목표"), TARGET_HEADER, _targets(cockpit))
    book_rows: list[list[Any]] = []
    if cockpit.ledger is not None:
        for area in cockpit.ledger.by_area:
            book_rows.append([area.sido, area.name, area.placements, round(area.added, 2),
                              _num(area.effect_pp, 5), ledger_module.population_note(area)])
    _sheet(book, _("기여"), [N_("시도 코드"), N_("거주 시도"), N_("확인된 취업자"), N_("고용 순증 예상 (명)"),
                            N_("고용률 효과 예상 (%p)"), N_("기준 인구")], book_rows)
    _sheet(book, _("회의"), [N_("회의일"), N_("종류"), N_("제목"), N_("안건"), N_("참석자 수"), N_("회의록")],
           [[m.held_on.isoformat(), m.get_kind_display(), m.title, m.agenda,
             m.attendees.count(), m.minutes] for m in cockpit.meetings])
    _sheet(book, _("유의사항"), [N_("내용")], [[c] for c in ledger_module.caveats()])
    return _save(book)


OFFICE_HEADER = [N_("순위"), N_("관서 코드"), N_("관서"), N_("목표"), N_("실적"), N_("지금까지 계획"),
                 N_("계획 대비 (%)"), N_("진도")]


def national_office_rows(cockpit: queries.Cockpit) -> list[list[Any]]:
    rows = []
    for o in cockpit.offices:
        p = o["progress"]
        rows.append([p.rank if p else None, o["code"], o["name"],
                     _num(p.target) if p else None, p.actual if p else 0,
                     _num(p.expected) if p else None, _pct(p.ratio) if p else None,
                     str(Pace(p.pace).label) if p else ""])
    return rows


def national_xlsx(cockpit: queries.Cockpit) -> bytes:
    """요약, 관서별 (with the 전국 합계 row), 지표별 관서 실적, 지표, 경보, 목표, 유의사항."""
    book = Workbook()
    _summary(book, cockpit)
    rows = national_office_rows(cockpit)
    head = cockpit.headline
    total = [None, "00", _("전국 합계"),
             _num(head.progress.target) if head else None,
             sum(r[4] for r in rows), _num(head.progress.expected) if head else None,
             _pct(head.progress.ratio) if head else None, head.pace_label if head else ""]
    _sheet(book, _("관서별"), OFFICE_HEADER, [*rows, total])
    codes = [r.code for r in cockpit.rows]
    by_indicator = [[o["code"], o["name"], *[o["figures"].get(c, 0) for c in codes]]
                    for o in sorted(cockpit.offices, key=lambda o: o["code"])]
    by_indicator.append(["00", _("전국 합계"), *[sum(r[i + 2] for r in by_indicator)
                                              for i in range(len(codes))]])
    _sheet(book, _("지표별 관서 실적"), [N_("관서 코드"), N_("관서"), *[r.label for r in cockpit.rows]],
           by_indicator)
    _sheet(book, _("지표"), INDICATOR_HEADER, indicator_rows(cockpit))
    _sheet(book, _("경보"), [N_("관서 코드"), N_("계획 대비 (%)"), N_("내용")],
           [[a.office_code, _pct(a.ratio), a.message] for a in cockpit.alerts])
    _sheet(book, _("목표"), TARGET_HEADER, _targets(cockpit))
    _sheet(book, _("유의사항"), [N_("내용")], [[c] for c in ledger_module.caveats()])
    return _save(book)


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("Nanum", "", str(FONT_DIR / "NanumGothic.ttf"))
        self.add_font("Nanum", "B", str(FONT_DIR / "NanumGothicBold.ttf"))
        self.set_auto_page_break(auto=True, margin=15)
        self.set_margins(15, 15, 15)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Nanum", "", 8)
        self.cell(0, 6, f"Goyong · {self.page_no()}", align="C")


def _table(pdf: _Pdf, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
    pdf.set_font("Nanum", "B", 8)
    pdf.set_fill_color(230, 236, 245)
    for h, w in zip(header, widths, strict=True):
        pdf.cell(w, 6, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Nanum", "", 8)
    for row in rows:
        if pdf.get_y() > 275:
            pdf.add_page()
        for value, w in zip(row, widths, strict=True):
            text = "" if value is None else (f"{value:,}" if isinstance(value, int | float)
                                             and not isinstance(value, bool) else str(value))
            pdf.cell(w, 6, text[:40], border=1)
        pdf.ln()


def _chart(pdf: _Pdf, title: str, bars: list[tuple[str, float, float | None]]) -> None:
    """Horizontal bars: actual (filled) against the plan to date (outline)."""
    if not bars:
        return
    pdf.set_font("Nanum", "B", 10)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    top = max(max(a, e or 0) for _l, a, e in bars) or 1
    x0, width = pdf.l_margin + 45, pdf.w - pdf.l_margin - pdf.r_margin - 60
    pdf.set_font("Nanum", "", 7)
    for label, actual, expected in bars:
        if pdf.get_y() > 270:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(44, 5, label[:22])
        pdf.set_fill_color(37, 99, 235)
        pdf.rect(x0, y + 1, max(0.3, width * actual / top), 3.2, style="F")
        if expected:
            pdf.set_draw_color(220, 38, 38)
            xe = x0 + width * expected / top
            pdf.line(xe, y, xe, y + 5)
            pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(x0 + width + 2, y)
        pdf.cell(14, 5, f"{actual:,.0f}")
        pdf.set_y(y + 5.5)
    pdf.set_font("Nanum", "", 7)
    pdf.cell(0, 5, _("파란 막대: 실적, 빨간 선: 기준일까지의 계획"), new_x="LMARGIN", new_y="NEXT")


def _pdf_head(pdf: _Pdf, cockpit: queries.Cockpit, title: str) -> None:
    pdf.add_page()
    pdf.set_font("Nanum", "B", 16)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Nanum", "", 10)
    pdf.cell(0, 6, _("%(name)s · 기간 %(period)s · 기준일 %(day)s") % {
        "name": cockpit.name, "period": cockpit.period, "day": cockpit.as_of.isoformat()},
        new_x="LMARGIN", new_y="NEXT")
    if cockpit.gap.needed is not None:
        pdf.cell(0, 6, _("70%%까지 필요한 취업자: %(n)s명 (%(period)s 통계)") % {
            "n": f"{cockpit.gap.needed:,}", "period": cockpit.gap.period},
            new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Nanum", "B", 11)
    pdf.cell(0, 7, _("보고 사항"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Nanum", "", 9)
    for line in cockpit.upward:
        pdf.multi_cell(0, 5, "· " + line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _pdf_indicators(pdf: _Pdf, cockpit: queries.Cockpit) -> None:
    pdf.set_font("Nanum", "B", 11)
    pdf.cell(0, 7, _("지표"), new_x="LMARGIN", new_y="NEXT")
    rows = [[r[1], r[3], r[4], r[5], r[6], r[7]] for r in indicator_rows(cockpit)]
    _table(pdf, [_("지표"), _("목표"), _("실적"), _("계획"), _("계획 대비 %"), _("진도")], rows,
           [60, 22, 22, 25, 25, 26])
    pdf.ln(3)


def _pdf_caveats(pdf: _Pdf) -> None:
    pdf.ln(3)
    pdf.set_font("Nanum", "B", 10)
    pdf.cell(0, 6, _("유의사항"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Nanum", "", 8)
    for line in ledger_module.caveats():
        pdf.multi_cell(0, 4.5, "· " + line, new_x="LMARGIN", new_y="NEXT")


def office_pdf(cockpit: queries.Cockpit) -> bytes:
    pdf = _Pdf()
    _pdf_head(pdf, cockpit, _("고용률 70% 추진단 관서 보고서"))
    _pdf_indicators(pdf, cockpit)
    _chart(pdf, _("지표별 실적과 계획"), [(r.label, r.progress.actual, r.progress.expected)
                                     for r in cockpit.rows])
    if cockpit.meetings:
        pdf.ln(2)
        pdf.set_font("Nanum", "B", 11)
        pdf.cell(0, 7, _("최근 회의"), new_x="LMARGIN", new_y="NEXT")
        _table(pdf, [_("회의일"), _("종류"), _("제목")],
               [[m.held_on.isoformat(), m.get_kind_display(), m.title] for m in cockpit.meetings],
               [30, 30, 120])
    _pdf_caveats(pdf)
    return bytes(pdf.output())


def national_pdf(cockpit: queries.Cockpit) -> bytes:
    pdf = _Pdf()
    _pdf_head(pdf, cockpit, _("고용률 70% 추진단 전국 보고서"))
    _pdf_indicators(pdf, cockpit)
    _chart(pdf, _("관서별 확인된 취업자 (상위 20곳)"), [
        (o["name"], o["progress"].actual if o["progress"] else 0,
         o["progress"].expected if o["progress"] else None)
        for o in sorted(cockpit.offices, key=lambda o: -(o["progress"].actual
                                                         if o["progress"] else 0))[:20]])
    pdf.add_page()
    pdf.set_font("Nanum", "B", 11)
    pdf.cell(0, 7, _("관서별 진도"), new_x="LMARGIN", new_y="NEXT")
    _table(pdf, [_("순위"), _("관서"), _("목표"), _("실적"), _("계획"), _("계획 대비 %"), _("진도")],
           [[r[0], r[2], r[3], r[4], r[5], r[6], r[7]] for r in national_office_rows(cockpit)],
           [12, 50, 22, 22, 24, 24, 26])
    if cockpit.alerts:
        pdf.ln(3)
        pdf.set_font("Nanum", "B", 11)
        pdf.cell(0, 7, _("경보"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Nanum", "", 8)
        for alert in cockpit.alerts:
            pdf.multi_cell(0, 4.5, "· " + alert.message, new_x="LMARGIN", new_y="NEXT")
    _pdf_caveats(pdf)
    return bytes(pdf.output())


def render(cockpit: queries.Cockpit, fmt: str) -> tuple[bytes, str]:
    """(file bytes, content type) of a cockpit as xlsx or pdf."""
    if fmt == "pdf":
        return (national_pdf(cockpit) if cockpit.is_national else office_pdf(cockpit)), PDF
    return (national_xlsx(cockpit) if cockpit.is_national else office_xlsx(cockpit)), XLSX
