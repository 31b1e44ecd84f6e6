"""What the 工单 page's buttons do: ask a dialog where a step needs input, run the station action on the write
thread, read the page again. A refusal re-opens the dialog with the same input and every reason; a step
without input shows the reasons in a warning (ui/ops.py) and in the form's "still missing" line.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from station.actions import orders as A
from station.actions.order_links import load_order_people
from station.orders import vocab
from station.orders.rows import OrderDraft
from ui import ops
from ui.dialogs.order_step import StepDialog, StepInput
from ui.jobs import Job
from ui.models.order_models import notice_text, station_text
from ui.text import problems_of

if TYPE_CHECKING:
    from ui.pages.orders_page import OrdersPage



class OrderFlows(QObject):
    """Connected to the page's form; `last_job` is the write (or read) a test may wait on."""

    def __init__(self, page: OrdersPage) -> None:
        super().__init__(page)
        self.page = page
        self.ws = page.workspace
        self.last_job: Job | None = None
        self.people: list[Any] = []
        page.form.step_requested.connect(self.step)
        page.form.tool_requested.connect(self.tool)
        page.form.files_dropped.connect(self.attach_files)
        ops.read(page, page.runner, load_order_people, self.ws, on_done=self._set_people)

    def _set_people(self, people: list[Any]) -> None:
        self.people = list(people)
        self.page.form.role_of = self.role
        if self.page.form.detail is not None:
            self.page.form.show_detail(self.page.form.detail)

    def role(self) -> str | None:
        """The acting user's role (None when they are not a registered user: the actions decide)."""
        return next((u.role for u in self.people if u.name == self.ws.operator), None)

    # -- running --------------------------------------------------------------------------------
    def _write(self, fn: Callable[..., Any], *args: Any, retry: Callable[[list[Any]], Any] | None = None,
               number: str | None = None, **kwargs: Any) -> Job:
        """Run `fn(ws, *args)`; on a refusal call `retry(problems)` (the dialog again) when given."""
        def failed(exc: BaseException) -> None:
            problems = problems_of(exc)
            if retry is not None and problems:
                retry(problems)
            else:
                ops.show_failure(self.page, exc)

        self.last_job = ops.write(self.page, self.page.runner, fn, self.ws, *args,
                                  on_done=lambda r: self.page.after_write(r, number or _number_of(r)),
                                  on_failed=failed, **kwargs)
        return self.last_job

    def _detail(self) -> Any:
        return self.page.form.detail

    def _order(self) -> str:
        d = self._detail()
        return d.order.number if d is not None else ""

    # -- creating -------------------------------------------------------------------------------
    def new_order(self, initial: OrderDraft, problems: list[Any] | None = None) -> Job | None:
        from ui.dialogs.order_new import NewOrderDialog

        draft = NewOrderDialog.ask(self.page, self.people, initial, problems)
        if draft is None:
            return None
        return self._write(A.create_order, draft, retry=lambda p: self.new_order(draft, p))

    # -- the order's transitions ---------------------------------------------------------------------
    def step(self, action: str, previous: Any = None, problems: list[Any] | None = None) -> Job | None:
        number = self._order()
        if not number:
            return None
        if action == "report":
            return self._report(number, previous, problems)
        if action in ("return", "cancel"):
            return self._with_reason(action, number, previous, problems)
        plain: dict[str, Callable[[Any, str], Any]] = {
            "submit": A.submit_order, "approve": A.approve_order, "start": A.start_order, "close": A.close_order}
        return self._write(plain[action], number)

    def _with_reason(self, action: str, number: str, previous: Any, problems: list[Any] | None) -> Job | None:
        title = self.tr("Send back") if action == "return" else \
            self.tr("Cancel order")
        got = StepDialog.ask(self.page, f"{title} {number}", previous=previous, problems=problems)
        if got is None:
            return None
        fn = A.return_order if action == "return" else A.cancel_order
        return self._write(fn, number, got.reason, retry=lambda p: self.step(action, got, p))

    def _report(self, number: str, previous: Any, problems: list[Any] | None) -> Job | None:
        from ui.dialogs.order_report import ReportDialog

        results = ReportDialog.ask(self.page, self._detail().targets, previous, problems)
        if results is None:
            return None
        return self._write(A.report_order, number, results, retry=lambda p: self._report(number, results, p))

    # -- the tabs' tools --------------------------------------------------------------------------------
    def tool(self, name: str) -> Job | None:
        if not self._order():
            return None
        if name.startswith("f:"):
            return self.finding_step(name[2:])
        if name.startswith("c:"):
            return self.case_step(name[2:])
        handler = {"inspectors": self.inspectors, "finding": self.add_finding, "case": self.open_case,
                   "attach": self.attach_dialog, "open_attachment": self.open_attachment,
                   "issue": self.issue_notice, "open_notice": self.open_notice, "reprint": self.reprint}[name]
        return handler()

    def inspectors(self, chosen: Any = None, problems: list[Any] | None = None) -> Job | None:
        from ui.dialogs.order_new import InspectorsDialog

        names = InspectorsDialog.ask(self.page, self.people, chosen or self._detail().order.inspectors, problems)
        if names is None:
            return None
        return self._write(A.set_order_inspectors, self._order(), names,
                           retry=lambda p: self.inspectors(names, p))

    def add_finding(self, initial: Any = None, problems: list[Any] | None = None) -> Job | None:
        from ui.dialogs.order_finding import FindingDialog

        draft = FindingDialog.ask(self.page, self._detail().targets, initial, problems)
        if draft is None:
            return None
        return self._write(A.add_finding, self._order(), draft, retry=lambda p: self.add_finding(draft, p))

    def finding_step(self, action: str, previous: StepInput | None = None,
                     problems: list[Any] | None = None) -> Job | None:
        f = self.page.form.selected("findings")
        if f is None:
            return None
        number = self._order()

        def retry(got: StepInput) -> Callable[[list[Any]], Any]:
            return lambda p: self.finding_step(action, got, p)

        if action in ("acknowledge", "ready", "notify"):
            return self._write(A.advance_finding, number, f.id, action)
        if action == "pass":
            return self._write(A.recheck_finding, number, f.id, True)
        if action == "follow-up":
            return self._follow_up(f, previous, problems)
        later = max(f.rectify_by or dt.date.today(), dt.date.today()) + dt.timedelta(days=7)
        prompts = {"fail": (self.tr("Re-check failed: the new deadline (empty reason allowed)"), True),
                   "escalate": (self.tr("Re-check failed: escalate to the supervisor, with the reason"), False),
                   "extend": (self.tr("A later deadline, with the reason"), True),
                   "void": (self.tr("Void the finding, with the reason"), False)}
        prompt, with_day = prompts[action]
        got = StepDialog.ask(self.page, f"{number} · {f.id}", prompt, day=later if with_day else None,
                             previous=previous, problems=problems)
        if got is None:
            return None
        if action in ("fail", "escalate"):
            return self._write(A.recheck_finding, number, f.id, False, rectify_by=got.day, note=got.reason,
                               escalate=action == "escalate", retry=retry(got))
        if action == "extend":
            return self._write(A.extend_finding, number, f.id, got.day, got.reason, retry=retry(got))
        return self._write(A.void_finding, number, f.id, got.reason, retry=retry(got))

    def _follow_up(self, f: Any, previous: StepInput | None, problems: list[Any] | None) -> Job | None:
        """The supervisor's decision on an escalated finding: a follow-up order of a kind (the category's by
        default), with the reason; the page moves to the new order."""
        from station.orders.escalation import follow_up_kind
        from ui.models.order_models import kind_text

        number = self._order()
        choices = [(k, kind_text(k)) for k in vocab.KINDS]
        start = previous or StepInput(choice=follow_up_kind(f.category))
        got = StepDialog.ask(self.page, f"{number} · {f.id}", self.tr(
            "Raise a follow-up order for this escalated finding; it inherits the targets and inspectors"),
            choices=choices, choice_label=self.tr("Kind"), previous=start, problems=problems)
        if got is None:
            return None
        # The result is the new order: the page moves to it (it starts in draft, to be submitted).
        return self._write(A.follow_up_finding, number, f.id, got.choice, got.reason,
                           retry=lambda p: self._follow_up(f, got, p))

    def open_case(self, initial: Any = None, problems: list[Any] | None = None) -> Job | None:
        from ui.dialogs.order_case import CaseDialog

        got = CaseDialog.ask(self.page, self._detail().targets, initial, problems=problems)
        if got is None:
            return None
        data, _reason = got
        return self._write(A.open_case, self._order(), data, retry=lambda p: self.open_case(data, p))

    def case_step(self, action: str, previous: Any = None, problems: list[Any] | None = None) -> Job | None:
        c = self.page.form.selected("cases")
        if c is None:
            return None
        number = self._order()
        if action == "amend":
            return self._amend(c, previous, problems)
        if action in ("approve", "serve", "settle", "close"):
            return self._write(A.move_case, number, c.number, action)
        choices = [(k, station_text(vocab.TRANSFER_TO, k)) for k in vocab.TRANSFER_TO] if action == "transfer" else None
        got = StepDialog.ask(self.page, c.number, choices=choices, choice_label=self.tr("Transferred to"),
                             previous=previous, problems=problems)
        if got is None:
            return None
        return self._write(A.move_case, number, c.number, action, reason=got.reason, transferred_to=got.choice,
                           retry=lambda p: self.case_step(action, got, p))

    def _amend(self, c: Any, previous: Any, problems: list[Any] | None) -> Job | None:
        from station.orders.cases import CaseInput
        from ui.dialogs.order_case import CaseDialog

        data, reason = previous or (CaseInput(c.inputs.get("calculator", "theft"), dict(c.inputs.get("params", {})),
                                              account_no=c.account_no), "")
        got = CaseDialog.ask(self.page, self._detail().targets, data, amend=True, reason=reason, problems=problems)
        if got is None:
            return None
        return self._write(A.amend_case, self._order(), c.number, got[0], got[1],
                           retry=lambda p: self._amend(c, got, p))

    # -- attachments and notices -------------------------------------------------------------------------
    def attach_dialog(self) -> Job | None:
        from station.orders.attachments import guess_kind

        folder = self.page.ui_settings.last_folder("attachments") or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self.page, self.tr("Attach files"), folder)
        if not paths:
            return None
        self.page.ui_settings.set_last_folder(str(Path(paths[0]).parent), "attachments")
        kinds = [(k, station_text(vocab.ATTACHMENT_KINDS, k)) for k in vocab.ATTACHMENT_KINDS]
        first = guess_kind(paths[0])
        kinds.sort(key=lambda kv: kv[0] != first)
        got = StepDialog.ask(self.page, self.tr("Attach files"), "\n".join(Path(p).name for p in paths),
                             choices=kinds, choice_label=self.tr("Kind"), reason=True)
        if got is None:
            return None
        return self.attach_files(paths, got.choice, got.reason)

    def attach_files(self, paths: list[str], kind: str | None = None, note: str = "") -> Job | None:
        """Attach each file (dropped files: the kind guessed from the name); one write per file, in order."""
        number = self._order()
        if not number:
            return None
        job = None
        for path in paths:
            job = self._write(A.attach_file, number, path, kind, note=note)
        return job

    def open_attachment(self) -> Job | None:
        a = self.page.form.selected("attachments")
        if a is None:
            self.page.form.select_first("attachments")
            a = self.page.form.selected("attachments")
        if a is None:
            return None
        from station.actions.orders import load_attachment

        self.last_job = ops.read(self.page, self.page.runner, load_attachment, self.ws, a.id,
                                 on_done=lambda got: _open_file(*got))
        return self.last_job

    def issue_notice(self) -> Job | None:
        c = self.page.form.selected("cases")
        kinds = [(k, notice_text(k)) for k in vocab.NOTICE_KINDS if k != "case-sheet" or c is not None]
        got = StepDialog.ask(self.page, self.tr("Issue document"), reason=False, choices=kinds,
                             choice_label=self.tr("Document"))
        if got is None or got.choice is None:
            return None
        case = c.number if got.choice == "case-sheet" and c is not None else None
        return self._write(A.issue_notice, self._order(), got.choice, case_number=case)

    def _notice(self) -> Any:
        n = self.page.form.selected("notices")
        if n is None:
            self.page.form.select_first("notices")
            n = self.page.form.selected("notices")
        return n

    def open_notice(self) -> Job | None:
        """The stored PDF, byte for byte, in the print preview."""
        n = self._notice()
        if n is None:
            return None
        path = Path(tempfile.mkdtemp(prefix="station-notice-")) / f"{n.number}.pdf"
        self.last_job = ops.read(self.page, self.page.runner, A.reprint_notice, self.ws, n.number, path,
                                 on_done=lambda _r: self._preview(path, f"{notice_text(n.kind)} {n.number}"))
        return self.last_job

    def _preview(self, path: Path, title: str) -> None:
        from ui.pages.analysis_common import preview_pdf

        self.page.flows_previewed = str(path)  # for tests: the file the preview shows
        preview_pdf(self.page, self.page.ui_settings, path, title)

    def reprint(self) -> Job | None:
        n = self._notice()
        if n is None:
            return None
        folder = self.page.ui_settings.last_folder("reports") or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self.page, self.tr("Reprint"), str(Path(folder) / f"{n.number}.pdf"),
                                                self.tr("PDF (*.pdf)"))
        if not chosen:
            return None
        self.page.ui_settings.set_last_folder(str(Path(chosen).parent), "reports")
        self.last_job = ops.read(self.page, self.page.runner, A.reprint_notice, self.ws, n.number, chosen)
        return self.last_job


def _number_of(result: Any) -> str | None:
    """The order a write's result belongs to: an OrderRow's number, a finding's, case's or file's order_number."""
    if hasattr(result, "order_number"):
        return str(result.order_number)
    return str(result.number) if hasattr(result, "inspectors") else None


def _open_file(name: str, data: bytes) -> None:
    """Write the attachment to a temporary file and open it with the system's viewer."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    path = Path(tempfile.mkdtemp(prefix="station-attachment-")) / name
    path.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
