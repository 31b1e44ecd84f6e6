"""The PDFs of a work order, on the common page template (station/reports/template.py) with the bundled CJK
font: 用电检查工作单, 用电检查结果通知书, 违约用电、窃电通知书 and 现场检查（取证）记录 (two copies: 第一联 the customer's,
第二联 the station's), 整改通知书, and the 追补电费计算单 (station/reports/backbilling.py with the case number and its
approval). Each carries its number and a QR code of the number and the content's sha256.

A pure function of the content gathered by station.orders.notices: the same content renders the same page.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from typing import Any
from xml.sax.saxutils import escape

from station.orders.vocab import TWO_COPIES

COPY_MARKS = ("第一联（客户留存）", "第二联（供电所存档）")
DEVICE_ZH = {"meter": "电能表", "ct": "电流互感器", "pt": "电压互感器"}


class _Kit:
    """Styles and small builders shared by the documents (reportlab imported on first use)."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        from station.reports.fonts import FONT, FONT_BOLD, register_fonts
        from station.reports.template import GRID, HEAD_BG, MM

        register_fonts()
        self.colors, self.mm, self.font, self.bold = colors, MM, FONT, FONT_BOLD
        self.grid_color, self.head_bg = colors.HexColor(GRID), colors.HexColor(HEAD_BG)
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
        self.small = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10)
        self.head = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=4,
                                   spaceAfter=2)
        self.mark = ParagraphStyle("mark", fontName=FONT_BOLD, fontSize=10, leading=13, alignment=2)

    def p(self, text: str, style: Any = None) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style or self.body)

    def table(self, rows: list[list[Any]], widths: list[float], *, header: bool = True,
              labels: tuple[int, ...] = ()) -> Any:
        from reportlab.platypus import Table, TableStyle

        cells = [[c if not isinstance(c, str) else self.p(c) for c in r] for r in rows]
        style: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, self.grid_color), ("BOX", (0, 0), (-1, -1), 0.9, self.colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), self.head_bg))
        style += [("BACKGROUND", (c, 0), (c, -1), self.head_bg) for c in labels]
        return Table(cells, colWidths=[w * self.mm for w in widths], style=TableStyle(style), hAlign="LEFT",
                     repeatRows=1 if header else 0)

    def signatures(self, labels: list[str]) -> Any:
        from reportlab.platypus import Table, TableStyle

        row: list[Any] = []
        for label in labels:
            row += [self.p(label), ""]
        widths = [(273 / len(labels)) * f * self.mm for _ in labels for f in (0.42, 0.58)]
        return Table([row], colWidths=widths, hAlign="LEFT", style=TableStyle(
            [("LINEBELOW", (i, 0), (i, 0), 0.6, self.colors.black) for i in range(1, len(row), 2)]
            + [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 10)]))

    def stamp(self, number: str, payload: str, mark: str = "", order_number: str = "") -> Any:
        """The QR code (number and content hash), the number in words, and the copy mark."""
        from reportlab.platypus import Table, TableStyle

        drawing = qr_image(payload, 24 * self.mm)
        digest = payload.rsplit("|", 1)[-1]
        text = [self.p(f"编号：{number}", self.head),
                self.p(f"工单编号：{order_number}" if order_number else "", self.small),
                self.p(f"校验码（内容SHA-256）：{digest[:32]}", self.small),
                self.p(digest[32:], self.small), self.p("扫描二维码核验编号与内容", self.small)]
        cells = [[self.p(mark, self.mark) if mark else "", drawing, text]]
        return Table(cells, colWidths=[150 * self.mm, 28 * self.mm, 95 * self.mm], hAlign="LEFT",
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (0, 0), "LEFT")]))

    def receipt(self, title: str, number: str) -> list[Any]:
        """The 回执 the customer signs and returns, below a cut line."""
        from reportlab.platypus import Spacer

        return [Spacer(1, 4 * self.mm), self.p("－" * 40 + " 回　执 " + "－" * 40, self.small),
                self.p(f"{title}（编号：{number}）已收到，内容已知悉。"),
                self.signatures(["客户（签字/盖章）：", "日期：", "拒签见证人："])]


#: Pixels per QR module: the image is scaled up by whole pixels, so a viewer that smooths a scaled image
#: still shows sharp modules.
QR_PIXELS = 8


def qr_modules(payload: str) -> tuple[list[list[bool]], int]:
    """The QR code of `payload` (error correction M, reportlab's encoder) as rows of dark modules, and the
    quiet zone in modules."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(payload, barLevel="M")
    widget.qr.make()
    return [[bool(m) for m in row] for row in widget.qr.modules], int(widget.barBorder)


def qr_image(payload: str, size: float) -> Any:
    """The QR code as one grey image flowable of `size` points square (the quiet zone included). Drawn as
    vector rectangles it was hundreds of path operations per stamp and most of a notice's rendering time;
    one image is a single XObject. The PNG is a pure function of the payload, so a notice renders the same
    bytes from the same content."""
    import io as _io

    from reportlab.platypus import Image

    return Image(_io.BytesIO(qr_png(payload)), width=size, height=size)


@functools.lru_cache(maxsize=16)
def qr_png(payload: str) -> bytes:
    """The PNG of the QR code (cached: the copies of one notice share their stamp, and encoding — eight
    mask patterns tried — is most of the stamp's cost)."""
    import io as _io

    from PIL import Image as PILImage

    rows, border = qr_modules(payload)
    side = len(rows) + 2 * border
    pixels = bytearray(b"\xff" * side * side)
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                pixels[(r + border) * side + c + border] = 0
    img = PILImage.frombytes("L", (side, side), bytes(pixels)).resize(
        (side * QR_PIXELS, side * QR_PIXELS), PILImage.Resampling.NEAREST)
    buf = _io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _customer_line(content: dict[str, Any]) -> str:
    targets = content["targets"]
    if not targets:
        return "客户："
    first = targets[0]
    more = f" 等{len(targets)}户" if len(targets) > 1 else ""
    return f"{first['name']}（户号 {first['account_no']}）{more}：\n用电地址：{first['address'] or '—'}"


def _inspectors_text(content: dict[str, Any]) -> str:
    return "、".join(f"{i['name']}（检查证 {i['cert_no'] or '—'}）" for i in content["inspectors"]) or "—"


def _day(text: str) -> str:
    return text[:10] if text else ""


def _work_sheet(k: _Kit, c: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Spacer

    o = c["order"]
    source = o["source"] + (f"（{o['scan_month']} 筛查）" if o["scan_month"] else "")
    story: list[Any] = [k.table([
        ["工单编号", o["number"], "检查类别", o["kind"], "任务来源", source],
        ["计划日期", o["planned_on"] or "", "完成期限", o["due_on"] or "", "当前状态", o["status"]],
    ], [24, 60, 24, 60, 24, 81], header=False, labels=(0, 2, 4))]
    story += [k.p("检查对象", k.head), k.table(
        [["户号", "户名", "用电地址", "电压等级", "突降起始月", "评分", "检查结果", "签字情况"]]
        + [[t["account_no"], t["name"], t["address"], t["voltage_level"], t["drop_start"], t["score"], t["result"],
            t["signature"] + (f"（见证人 {t['witness']}）" if t["witness"] else "")] for t in c["targets"]],
        [28, 40, 60, 20, 22, 14, 22, 67])]
    story += [k.p("检查人员", k.head), k.table(
        [["姓名", "用电检查证号", "等级"]]
        + [[i["name"], i["cert_no"] or "（无）", (i["cert_grade"] + "级") if i["cert_grade"] else ""]
           for i in c["inspectors"]], [50, 70, 30])]
    approved = f"审批人：{o['approver']}　审批时间：{o['approved_at']}" if o["approver"] else "审批人：__________　审批时间：__________"
    story += [k.p("审批", k.head), k.p(f"本工单经审核批准后方可派工。{approved}")]
    story += [k.p("检查结果", k.head)]
    if c["findings"]:
        story.append(k.table([["序号", "户号", "问题类别", "问题描述", "整改期限"]]
                             + [[str(n), f["account_no"], f["category"], f["description"], f["rectify_by"]]
                                for n, f in enumerate(c["findings"], 1)], [12, 30, 26, 170, 35]))
    else:
        story.append(k.p("（现场检查后填写：检查情况、发现的问题、处理意见）\n\n"))
    story += [Spacer(1, 6 * k.mm), k.signatures(["检查人员（签字）：", "检查人员（签字）：", "客户（签字）："])]
    return story


def _result(k: _Kit, c: dict[str, Any]) -> list[Any]:
    o = c["order"]
    when = _day(o["started_at"]) or _day(o["reported_at"]) or _day(c["issued_at"])
    story: list[Any] = [k.p(_customer_line(c)), k.p(
        f"　　我所用电检查人员 {_inspectors_text(c)} 于 {when} 对你户进行了{o['kind']}。")]
    if c["findings"]:
        story.append(k.p("　　检查发现以下问题，请按要求在整改期限内整改，并将整改情况书面回复我所；逾期未整改的，"
                         "我所将依照有关规定处理。"))
        story.append(k.table([["序号", "问题类别", "问题描述", "依据条款", "整改要求", "整改期限"]]
                             + [[str(n), f["category"] + (f"（{f['location']}）" if f["location"] else ""),
                                 f["description"], f["rule"] or "—", f["requirement"] or "—", f["rectify_by"]]
                                for n, f in enumerate(c["findings"], 1)], [12, 32, 88, 55, 58, 28]))
    else:
        story.append(k.p("　　经检查，未发现问题。"))
    story += [k.signatures(["用电检查人员：", "供电所（盖章）：", "日期："])]
    return story


def theft_acts(c: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings a 违约用电、窃电通知书 names: the theft and violation ones."""
    return [f for f in c["findings"] if f["category"] in ("窃电", "违约用电")]


def theft_cases(c: dict[str, Any]) -> list[dict[str, Any]]:
    """The cases a 违约用电、窃电通知书 names: theft and violations (a wrong wiring or a meter error is not one)."""
    return [x for x in c["cases"] if x["kind"] == "theft" or x["kind"].startswith("violation")]


def _theft(k: _Kit, c: dict[str, Any]) -> list[Any]:
    o = c["order"]
    found = o["started_at"] or o["reported_at"] or c["issued_at"]
    issued = dt.date.fromisoformat(_day(c["issued_at"]))
    days = int(c.get("report_within_days", 3))  # the rule setting orders.theft_report_within_days
    by = (issued + dt.timedelta(days=days)).isoformat()
    acts, cases = theft_acts(c), theft_cases(c)
    story: list[Any] = [k.p(_customer_line(c)), k.p(
        f"　　我所用电检查人员 {_inspectors_text(c)} 于 {found} 检查发现你户存在下列违约用电、窃电行为：")]
    from reportlab.platypus import Spacer

    from station.billing import Kind
    from station.reports.backbilling import KIND_TITLE

    rows = [[f["category"] + "：" + f["description"], f["rule"] or "—"] for f in acts] or [
        [KIND_TITLE[Kind(x["kind"])], x["rule"]] for x in cases]  # no finding written: the cases' acts
    story.append(k.table([["序号", "行为", "依据条款", "发现时间"]]
                         + [[str(n), act, rule, found] for n, (act, rule) in enumerate(rows, 1)], [12, 150, 75, 36]))
    if cases:
        story += [Spacer(1, 3 * k.mm), k.table(
            [["案件编号", "依据", "追补电量（kWh）", "补交电费（元）", "违约使用电费（元）", "合计（元）"]]
            + [[x["number"], x["rule"], x["kwh"], x["amount"], x["penalty"], x["total"]] for x in cases],
            [34, 95, 32, 34, 40, 38])]
    story.append(Spacer(1, 3 * k.mm))
    evidence = "；".join(f"{e['kind']} {e['file']}（{e['sha256']}）" for e in c["evidence"]) or "—"
    story += [k.p(f"是否中止供电：□ 是　□ 否　　证据：{evidence}"),
              k.p(f"　　请于收到本通知书之日起{days}日内（{by}前）持本通知书到{c['station'] or '供电所'}"
                  "接受处理。逾期不到的，供电企业将依法中止供电，并可报请电力管理部门依法处理；窃电数额较大或"
                  "情节严重的，依法移送司法机关。"),
              k.signatures(["用电检查人员：", "供电所（盖章）：", "日期："])]
    return story


def _rectify(k: _Kit, c: dict[str, Any]) -> list[Any]:
    story: list[Any] = [k.p(_customer_line(c)), k.p(
        "　　根据用电检查结果，你户存在下列问题，请在整改期限内完成整改，并书面回复我所；我所将到场复查。")]
    story.append(k.table([["序号", "问题", "整改要求", "整改期限", "期限依据"]]
                         + [[str(n), f["category"] + "：" + f["description"], f["requirement"] or "按规程整改",
                             f["rectify_by"], f["deadline_source"]] for n, f in enumerate(c["findings"], 1)],
                         [12, 90, 70, 26, 75]))
    story += [k.signatures(["用电检查人员：", "供电所（盖章）：", "日期："])]
    return story


def _evidence(k: _Kit, c: dict[str, Any]) -> list[Any]:
    """现场检查（取证）记录: when and where, who (检查证), whom, the metering devices as found, what was found,
    the evidence with its hashes, and the customer's signature (or the witness of a refusal)."""
    from reportlab.platypus import KeepTogether

    o, r = c["order"], c["record"]
    when = o["started_at"] or o["reported_at"] or c["issued_at"]
    places = "；".join(dict.fromkeys(t["address"] for t in c["targets"] if t["address"])) or "—"
    story: list[Any] = [k.table([
        ["检查时间", when, "工单编号", o["number"]], ["检查地点", places, "检查类别", o["kind"]],
        ["检查人员", _inspectors_text(c), "任务来源", o["source"]],
    ], [24, 140, 24, 85], header=False, labels=(0, 2))]
    story += [k.p("被检查客户", k.head), k.table(
        [["户号", "户名", "用电地址", "电压等级", "签字情况", "见证人"]]
        + [[t["account_no"], t["name"], t["address"], t["voltage_level"], t["signature"] or "（待签）",
            t["witness"] or "—"] for t in c["targets"]], [28, 48, 95, 22, 45, 35])]
    devices = [[m["account_no"], m["point"], DEVICE_ZH.get(m["kind"], m["kind"]), m["asset_no"], m["model"],
                m["accuracy_class"], m["multiplier"]] for m in r["meters"]] or [["—"] * 7]
    story += [k.p("计量点与计量装置", k.head), k.table(
        [["户号", "计量点", "设备", "资产编号", "型号", "准确度等级", "倍率"]] + devices, [28, 40, 22, 80, 52, 26, 25])]
    story.append(k.p("　".join(f"{title}：" + ("；".join(lines) if lines else "（未记录）") for title, lines in (
        ("现场示数", r["readings"]), ("封印（封前/封后）", r["seals"])))))
    if r["swaps"]:
        story.append(k.p("现场换表：" + "；".join(f"{w['on']} {w['event']} {w['asset_no']} 示数 {w['reading'] or '—'}"
                                              for w in r["swaps"])))
    story += [k.p("检查发现", k.head), k.table(
        [["序号", "户号", "问题类别", "问题描述", "依据条款"]]
        + [[str(n), f["account_no"], f["category"] + (f"（{f['location']}）" if f["location"] else ""),
            f["description"], f["rule"] or "—"] for n, f in enumerate(c["findings"], 1)]
        if c["findings"] else [["（未发现问题）"]], [12, 28, 34, 130, 69] if c["findings"] else [273])]
    story += [k.p("证据清单", k.head), k.table(
        [["序号", "类别", "文件", "SHA-256（前16位）"]]
        + [[str(n), e["kind"], e["file"], e["sha256"]] for n, e in enumerate(c["evidence"], 1)]
        if c["evidence"] else [["（无附件）"]], [12, 50, 150, 61] if c["evidence"] else [273])]
    # The attestation and the signatures stay together: a signature line alone on a page signs nothing.
    story.append(KeepTogether([k.p("　　以上记录经客户（或其代理人）核对无误。客户拒绝签字的，由见证人签字证明。"),
                               k.signatures(["检查人员（签字）：", "客户（签字/盖章）：", "见证人（签字）："])]))
    return story


BUILDERS = {"work-sheet": _work_sheet, "result": _result, "theft": _theft, "rectify": _rectify,
            "evidence": _evidence}


def render(content: dict[str, Any], payload: str, issued_at: dt.datetime) -> tuple[bytes, int]:
    """(PDF bytes, pages) of one document; printed_at is the issue time, so the page shows when it was issued."""
    from reportlab.platypus import PageBreak

    from station.reports.template import render_story

    kind, number = content["kind"], content["number"]
    if kind == "case-sheet":
        return _case_sheet(content, payload, issued_at)
    k = _Kit()
    story: list[Any] = []
    copies = COPY_MARKS if kind in TWO_COPIES else ("",)
    for i, mark in enumerate(copies):
        if i:
            story.append(PageBreak())
        story.append(k.stamp(number, payload, mark, content["order"]["number"]))
        story += BUILDERS[kind](k, content)
        if kind in ("result", "rectify", "theft") and (kind != "theft" or i == 0):
            story += k.receipt(content["title"], number)
    out = io.BytesIO()
    pages = render_story(out, story, title=content["title"], station=content["station"] or "（未设置供电所名称）",
                         period=_day(content["issued_at"]), printed_at=issued_at)
    return out.getvalue(), pages


def _case_sheet(content: dict[str, Any], payload: str, issued_at: dt.datetime) -> tuple[bytes, int]:
    """The 追补电费计算单 of the one case in `content`, with its number and approval and the QR stamp."""
    from decimal import Decimal

    from station.billing import Clause, Edition, Kind, Result, Rule
    from station.reports.backbilling import Sheet, SheetCustomer, build_sheet

    case = content["cases"][0]
    inputs = case["inputs"]
    rule = Rule(Edition(case["edition"]), tuple(Clause(x) for x in inputs.get("clauses", [])))
    result = Result(Kind(case["kind"]), Decimal(case["kwh"]), Decimal(case["amount"]), Decimal(case["penalty"]),
                    Decimal(case["total"]), rule, (), tuple((str(a), str(b)) for a, b in inputs.get("entered", [])))
    t = content["targets"][0] if content["targets"] else None
    customer = SheetCustomer(t["account_no"], t["name"], t["address"], t["tariff_category"], t["voltage_level"]) \
        if t else None
    k = _Kit()
    sheet = Sheet(result, tuple(case["working"]), content["station"], customer, case["created_by"],
                  dt.date.fromisoformat(_day(case["created_at"])), case_number=case["number"],
                  approved_by=case["approved_by"], approved_on=_day(case["approved_at"]),
                  stamp=k.stamp(content["number"], payload, order_number=content["order"]["number"]))
    out = io.BytesIO()
    pages = build_sheet(sheet, out, printed_at=issued_at)
    return out.getvalue(), pages
