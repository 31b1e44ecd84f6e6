"""追补电费计算单: one back-billing result on the common page template, to attach to a notice and sign."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from station.billing import Kind, Result
from station.progress import IsCancelled, Progress, never_cancelled, no_progress

TITLE = "追补电费计算单"
PAIRS_PER_LINE = 4

KIND_TITLE: dict[Kind, str] = {
    Kind.THEFT: "窃电",
    Kind.CATEGORY: "违约用电：擅自改变用电类别",
    Kind.CAPACITY: "违约用电：私自增加用电容量",
    Kind.SEALED: "违约用电：擅自使用已封存（暂停）的设备",
    Kind.TAMPER: "违约用电：擅自迁移、更动或操作供电企业的计量、负控装置",
    Kind.SOURCE: "违约用电：擅自引入（供出）电源或将自备电源擅自并网",
    Kind.METER_ERROR: "计量装置超差（非人为原因）",
    Kind.PT_DROP: "电压互感器二次回路压降超出允许范围",
    Kind.FAULT: "计量故障：电压互感器保险熔断、互感器故障或其他非人为原因",
    Kind.WIRING: "计费计量装置接线错误",
    Kind.MULTIPLIER: "计费倍率差错",
}

#: The printed name of each calculator input (Result.inputs keys).
INPUT_LABEL: dict[str, str] = {
    "use": "用电性质",
    "kw": "设备容量（kW）",
    "voltage": "电压（V）",
    "current": "标定电流（A）",
    "phases": "相数",
    "ratio": "互感器倍率",
    "limiter_current": "限流器整定电流（A）",
    "loads": "负荷明细",
    "days": "天数",
    "date_from": "起始日期",
    "date_to": "终止日期",
    "hours": "每日小时数（h）",
    "price": "电价（元/kWh）",
    "multiple": "合同约定倍数",
    "edition": "规则版本",
    "price_diff": "电价差（元/kWh）",
    "kwh": "电量（kWh）",
    "kva": "容量（kVA）",
    "basic_price": "基本电价（元/kVA·月）",
    "months": "使用月数",
    "single_part": "电价制度",
    "basis": "容（需）量电费计收方式",
    "added_capacity": "封存原因",
    "accuracy_class": "准确度等级",
    "drop_pct": "实测压降（%）",
    "allowed_pct": "允许压降（%）",
    "cause": "故障原因",
    "rate_pct": "差额率（%）",
    "normal_kwh": "正常月电量（kWh）",
    "fault_kwh": "故障月抄见电量（kWh）",
    "times": "次数",
    "residential": "客户类别",
    "error_pct": "误差（%）",
    "recorded_kwh": "抄见电量（kWh）",
    "k": "更正系数 K",
    "correct_power": "正确接线功率",
    "wrong_power": "错误接线功率",
    "actual_ratio": "实际倍率",
    "billed_ratio": "计费倍率",
}

_VALUE_TEXT: dict[tuple[str, str], str] = {
    ("use", "lighting"): "照明",
    ("use", "power"): "动力",
    ("phases", "1"): "单相",
    ("phases", "3"): "三相",
    ("single_part", "True"): "单一制",
    ("basis", "demand"): "按最大需量",
    ("basis", "capacity"): "按容量",
    ("added_capacity", "True"): "私增容被封存",
    ("cause", "pt_fuse"): "电压互感器保险熔断",
    ("cause", "ct_pt_fault"): "互感器故障",
    ("cause", "other"): "其他非人为原因",
    ("residential", "True"): "居民",
    ("residential", "False"): "非居民",
    ("edition", "1996"): "1996年版",
    ("edition", "2024"): "2024年版",
}


@dataclass(frozen=True, slots=True)
class SheetCustomer:
    account_no: str
    name: str
    address: str
    tariff_category: str = ""
    voltage_level: str = ""
    meter_no: str = ""


@dataclass(frozen=True, slots=True)
class Sheet:
    """What the sheet prints: the result, its working already in the sheet's language, and who/where."""

    result: Result
    working: tuple[str, ...]
    station: str
    customer: SheetCustomer | None = None
    computed_by: str = ""
    computed_on: dt.date | None = None
    #: a work order's case (issue 10): its number, who approved it and when, and the notice's QR stamp
    case_number: str = ""
    approved_by: str = ""
    approved_on: str = ""
    stamp: Any = None


def sheet_of(
    result: Result,
    *,
    station: str,
    customer: SheetCustomer | None = None,
    computed_by: str = "",
    computed_on: dt.date | None = None,
    translate: Callable[[str, str], str] | None = None,
) -> Sheet:
    """A sheet of `result`; `translate(context, text)` renders the working (the GUI passes a Chinese one)."""
    return Sheet(
        result,
        tuple(result.working_text(translate)),
        station,
        customer,
        computed_by,
        computed_on or dt.date.today(),
    )


# --- 大写金额 ---------------------------------------------------------------------------------------

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def _group(n: int) -> str:
    """0 < n < 10000 in capital numerals, with 零 for inner zeros."""
    out, zero = "", False
    for pos in range(3, -1, -1):
        d = n // 10**pos % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[d] + _UNITS[pos]
    return out


def rmb_upper(amount: Decimal) -> str:
    """人民币大写 of an amount in yuan, as on a bill: 1188.50 → 壹仟壹佰捌拾捌元伍角整; a refund starts with 负."""
    cents = int((abs(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    groups: list[int] = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    text, gap = "", False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            gap = bool(text)
            continue
        if text and (gap or g < 1000):
            text += "零"  # 壹万零伍元: a zero between groups is read
        text += _group(g) + _GROUPS[i]
        gap = False
    if text:
        text += "元"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif fen and text:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    text = (text or "零元") + ("" if fen else "整")
    return ("负" if amount < 0 else "") + text


# --- the sheet --------------------------------------------------------------------------------------


def _value(key: str, value: str) -> str:
    if key == "loads":  # "5:power:0.1972; 3:lighting:0.3242:8" as the sheet reads it
        return "；".join(_load_text(line) for line in value.split("; "))
    return _VALUE_TEXT.get((key, value), value)


def _load_text(line: str) -> str:
    kw, use, diff, *hours = line.split(":")
    text = f"{kw} kW {_VALUE_TEXT.get(('use', use), use)} 差价 {diff} 元/kWh"
    return text + (f" {hours[0]} 小时/天" if hours and hours[0] != "None" else "")


def period_text(result: Result) -> str:
    """The period printed in the header: the dates or days entered, else "—"."""
    inputs = dict(result.inputs)
    if "date_from" in inputs and "date_to" in inputs:
        return f"{inputs['date_from']} 至 {inputs['date_to']}"
    if "days" in inputs:
        return f"{inputs['days']} 天"
    if result.kind is Kind.THEFT:
        return "起始日期不详"
    if result.kind is Kind.CATEGORY and "kwh" not in inputs:
        return "起讫日期不详（按3个月计）"
    return "—"


def _money(value: Decimal) -> str:
    return format(value, ",.2f")


class _Kit:
    """The sheet's styles and its two table shapes (a scaled grid, a paragraph), built once per sheet."""

    size = 9.0

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        from station.reports.fonts import FONT, FONT_BOLD, register_fonts
        from station.reports.template import HEAD_BG, MM

        register_fonts()
        size = self.size
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.35)
        self.head = ParagraphStyle(
            "head",
            fontName=FONT_BOLD,
            fontSize=size + 1,
            leading=(size + 1) * 1.4,
            spaceBefore=1.5 * MM,
            spaceAfter=0.8 * MM,
        )
        self.label_bg = colors.HexColor(HEAD_BG)

    def p(self, text: str, style: Any = None) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text), style or self.body)

    def grid(
        self,
        data: list[list[Any]],
        widths: list[float],
        extra: Sequence[tuple[Any, ...]] = (),
        heights: list[float | None] | None = None,
    ) -> Any:
        """A table stretched to the frame's width (widths are proportions in mm), ruled like the template's."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        from station.reports.fonts import FONT
        from station.reports.template import FRAME_W, GRID, MM

        scale = FRAME_W / (sum(widths) * MM)
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, self.size),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(GRID)),
            ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ]
        return Table(
            data,
            colWidths=[w * MM * scale for w in widths],
            rowHeights=heights,
            style=TableStyle(style),
            hAlign="LEFT",
        )


def _customer_block(kit: _Kit, sheet: Sheet) -> list[Any]:
    """客户 and the case; without a customer from the ledger, rows tall enough to write by hand."""
    from station.reports.template import MM

    c, result = sheet.customer, sheet.result
    rows = [
        [
            "户号",
            c.account_no if c else "",
            "户名",
            kit.p(c.name) if c else "",
            "用电类别",
            c.tariff_category if c else "",
            "电压等级",
            c.voltage_level if c else "",
        ],
        ["用电地址", kit.p(c.address) if c else "", "", "", "", "", "电能表资产编号", c.meter_no if c else ""],
        ["追补类别", kit.p(KIND_TITLE[result.kind]), "", "", "依据", kit.p(str(result.rule)), "", ""],
    ]  # the empty cells are joined by the spans below
    labels = [(0, r) for r in range(3)] + [(2, 0), (4, 0), (6, 0), (6, 1), (4, 2)]
    block = [
        kit.grid(
            rows,
            [20, 36, 14, 56, 18, 42, 28, 50],
            [
                *[("BACKGROUND", cell, cell, kit.label_bg) for cell in labels],
                ("SPAN", (1, 1), (5, 1)),
                ("SPAN", (1, 2), (3, 2)),
                ("SPAN", (5, 2), (7, 2)),
            ],
            heights=None if c else [8 * MM, 8 * MM, None],  # the last row grows with its text
        )
    ]
    if c is None:
        block.append(kit.p("（未从客户档案带入：户号、户名、地址请手工填写。）"))
    return block


def _inputs_block(kit: _Kit, result: Result) -> list[Any]:
    """计算参数: four label/value pairs a line, so that a case fits on one landscape page."""
    pairs = [(INPUT_LABEL.get(k, k), _value(k, v)) for k, v in result.inputs]
    rows: list[list[Any]] = []
    for i in range(0, len(pairs), PAIRS_PER_LINE):
        line: list[Any] = []
        for label, value in pairs[i : i + PAIRS_PER_LINE]:
            line += [label, kit.p(value)]
        rows.append(line + [""] * (2 * PAIRS_PER_LINE - len(line)))
    block: list[Any] = [kit.p("计算参数", kit.head)]
    if rows:
        block.append(
            kit.grid(
                rows,
                [26, 42] * PAIRS_PER_LINE,
                [("BACKGROUND", (j, 0), (j, -1), kit.label_bg) for j in range(0, 2 * PAIRS_PER_LINE, 2)],
            )
        )
    return block


def _working_block(kit: _Kit, working: Sequence[str]) -> list[Any]:
    """计算过程, line by line as on screen."""
    steps = [[str(i), kit.p(line)] for i, line in enumerate(working, 1)]
    return [
        kit.p("计算过程", kit.head),
        kit.grid(
            steps, [8, 265], [("ALIGN", (0, 0), (0, -1), "RIGHT"), ("BACKGROUND", (0, 0), (0, -1), kit.label_bg)]
        ),
    ]


def _result_table(kit: _Kit, result: Result) -> Any:
    """结果: kWh, the charge, the penalty and the total, in figures and in capitals (大写)."""
    from reportlab.lib import colors

    from station.reports.fonts import FONT_BOLD
    from station.reports.template import TOTAL_BG

    refund = result.refund
    totals = [
        [
            "补收电量（kWh）" if not refund else "退补电量（kWh）",
            "补交电费（元）",
            "违约使用电费（元）",
            "合计（元）" if not refund else "合计（元，负数为退还客户）",
        ],
        [format(result.kwh, ",f"), _money(result.amount), _money(result.penalty), _money(result.total)],
        ["合计（大写）", kit.p("人民币" + rmb_upper(result.total)), "", ""],
    ]
    return kit.grid(
        totals,
        [50, 50, 50, 60],
        [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, kit.size),
            ("BACKGROUND", (0, 0), (-1, 0), kit.label_bg),
            ("ALIGN", (0, 0), (-1, 1), "CENTER"),
            ("FONT", (0, 1), (-1, 1), FONT_BOLD, kit.size + 2),
            ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor(TOTAL_BG)),
            ("BACKGROUND", (0, 2), (0, 2), kit.label_bg),
            ("SPAN", (1, 2), (3, 2)),
        ],
    )


def _signature_table(kit: _Kit, sheet: Sheet) -> Any:
    """Who computed and approved it, and the customer's signature line (refusal noted by hand)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    from station.reports.fonts import FONT
    from station.reports.template import MM

    size = kit.size
    done_on = sheet.computed_on.isoformat() if sheet.computed_on else ""
    return Table(
        [
            ["计算人：", sheet.computed_by, "审核：", sheet.approved_by, "客户签字：", "", "日期：", ""],
            ["", f"计算日期 {done_on}", "", f"审批日期 {sheet.approved_on}" if sheet.approved_by else "", "",
             "（拒签时注明）", "", ""],
        ],
        colWidths=[16 * MM, 42 * MM, 12 * MM, 42 * MM, 20 * MM, 48 * MM, 12 * MM, 34 * MM],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT, size + 1.5),
                ("FONT", (0, 1), (-1, 1), FONT, size - 2),
                ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#555555")),
                *[("LINEBELOW", (j, 0), (j, 0), 0.6, colors.black) for j in (1, 3, 5, 7)],
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                *[("ALIGN", (j, 0), (j, 0), "RIGHT") for j in (0, 2, 4, 6)],
                ("TOPPADDING", (0, 1), (-1, 1), 1),
            ]
        ),
        hAlign="RIGHT",
    )


def build_sheet(
    sheet: Sheet,
    out: str | Path | IO[bytes],
    *,
    printed_at: dt.datetime | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write the 追补电费计算单 of `sheet` to `out` (a path, written atomically, or a binary stream); returns
    the number of pages (one, unless the working is very long)."""
    from reportlab.platypus import KeepTogether, Spacer

    from station.progress import Cancelled
    from station.reports.template import MM, render_story

    kit = _Kit()
    result = sheet.result
    story: list[Any] = [sheet.stamp] if sheet.stamp is not None else []
    if sheet.case_number:
        story.append(kit.p(f"案件编号：{sheet.case_number}", kit.head))
    story += _customer_block(kit, sheet)
    story += _inputs_block(kit, result)
    story += _working_block(kit, sheet.working)
    if cancelled():
        raise Cancelled()
    progress(0.3, "")
    story.append(
        KeepTogether(
            [kit.p("计算结果", kit.head), _result_table(kit, result), Spacer(1, 7 * MM), _signature_table(kit, sheet)]
        )
    )
    return render_story(
        out,
        story,
        title=TITLE,
        station=sheet.station or "（未设置供电所名称）",
        period=period_text(result),
        subtitle=KIND_TITLE[result.kind].split("：")[0],
        printed_at=printed_at or dt.datetime.now().replace(microsecond=0),
        progress=progress,
        cancelled=cancelled,
    )


def sheet_file_name(sheet: Sheet) -> str:
    """追补电费计算单-<户号>-<date>.pdf: a saved sheet is found by its customer."""
    parts = [
        TITLE,
        sheet.customer.account_no if sheet.customer else "",
        (sheet.computed_on or dt.date.today()).isoformat(),
    ]
    return "-".join(x for x in parts if x) + ".pdf"
