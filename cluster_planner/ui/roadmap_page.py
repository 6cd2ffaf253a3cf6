"""The Roadmap step: choose sections, paper, language and revision; preview, export, print.

The documents are laid out by ``exports`` (no Qt) on a worker thread, from a snapshot
read here first, so a long roadmap never freezes the window: the page shows a busy
cursor and says what it is doing meanwhile.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.exports.roadmap import (
    ALL_SECTIONS,
    SECTION_TITLES,
    Paper,
    RevisionEntry,
    RoadmapOptions,
    Section,
)
from cluster_planner.exports.wording import LANGUAGES
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.formats import format_date, plural
from cluster_planner.ui.language import interface_language
from cluster_planner.ui.plan_checks_panel import DeferredRefresh
from cluster_planner.ui.roadmap_preview import PagePreview, PdfPages, print_pages

if TYPE_CHECKING:
    from cluster_planner.domain.snapshot import PlanSnapshot
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

PREVIEW_DELAY_MS = 600  # after the last change of a choice, the preview is laid out again
POLL_MS = 40  # how often the page looks whether the worker has finished
SECTION_COLUMN = 200  # pixels: the widest section name that still allows two columns


def tr(text: str) -> str:
    """``text`` translated in the roadmap page's context."""
    return QCoreApplication.translate("roadmap_page", text)


def section_labels() -> dict[Section, tuple[str, str]]:
    """The sections as the check boxes name them, with a tooltip saying what each holds."""
    return {
        Section.COVER: (tr("Cover"), tr("Cluster, plan title, revision and endorsing meeting")),
        Section.CONTENTS: (tr("Contents"), tr("The parts of the document with their pages")),
        Section.VISION: (tr("Vision"), tr("The adopted vision statement and its elements")),
        Section.SWOT: (tr("SWOT"), tr("The prioritised SWOT as a 2×2 grid with ranks")),
        Section.OPTIONS: (tr("Options"), tr("The strategic options (TOWS)")),
        Section.OBJECTIVES: (tr("Objectives"), tr("Objectives with their indicators")),
        Section.ACTION_PLAN: (tr("Action plan"), tr("Every action in a table, on landscape pages")),
        Section.TIMELINE: (tr("Timeline"), tr("The Gantt chart, readable in black and white")),
        Section.COMMITMENTS: (
            tr("Commitments"),
            tr("Who committed to what: a page per organisation"),
        ),
        Section.BUDGET: (tr("Budget"), tr("The budget by source of funds and by objective")),
        Section.MONITORING: (
            tr("Monitoring"),
            tr("Indicators: baseline, target, actual, verification, responsible"),
        ),
        Section.REVISIONS: (tr("Revisions"), tr("Adopted revisions and what each changed")),
        Section.ENDORSEMENT: (tr("Endorsement"), tr("Lines for the Commission to sign")),
    }


assert set(SECTION_TITLES) == set(ALL_SECTIONS)


@dataclass(frozen=True)
class RevisionChoice:
    """A revision offered in the Revision box: its number and how the box names it."""

    number: int
    label: str


# (snapshot, options, history) for the plan or revision chosen.
Content = tuple["PlanSnapshot", RoadmapOptions, tuple[RevisionEntry, ...]]


def render(content: Content, kind: str) -> bytes:
    """The roadmap as PDF or Word bytes (runs on the worker thread: no Qt here)."""
    from cluster_planner.exports.roadmap import build_roadmap

    snapshot, options, history = content
    roadmap = build_roadmap(snapshot, options, history)
    if kind == "docx":
        from cluster_planner.exports.docx import render_docx

        return render_docx(roadmap)
    from cluster_planner.exports.pdf import render_pdf

    return render_pdf(roadmap)


def write(content: Content, kind: str, path: Path) -> Path:
    """Write the roadmap to ``path`` whole or not at all (worker thread)."""
    from cluster_planner.exports.files import write_whole

    return write_whole(path, render(content, kind))


def system_print(pages: PdfPages, parent: QWidget) -> bool:
    """Ask with the system's print dialog, then print the pages; False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("Roadmap"))
    printer.setFromTo(1, len(pages))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, len(pages))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    first, last = printer.fromPage(), printer.toPage()
    print_pages(pages, printer, first or 1, last or len(pages))
    return True


class RoadmapPage(QWidget):
    """Roadmap documents for the Cluster Commission: choices, preview, export and print.

    Contract: the preview is laid out again shortly after a choice changes, or when the
    plan changed while the page was hidden and it is shown; one document is laid out at
    a time on a worker thread, and an outdated result is dropped. ``print_hook`` asks
    and prints (the system dialog); tests replace it.
    """

    status_message = Signal(str)
    preview_ready = Signal(int)  # pages in the new preview
    export_finished = Signal(str)  # the path written ("" when it failed)

    def __init__(
        self,
        session: PlanSession,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_page")
        self._session = session
        self._prompter = prompter
        self._today = today
        self.print_hook: Callable[[PdfPages, QWidget], bool] = system_print
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="roadmap")
        self._job: tuple[Future[Any], Callable[[Any], None], Callable[[BaseException], None]] | None
        self._job = None
        self._missing: list[tuple[str, str]] = []  # characters no bundled font has
        self._wanted_preview = False
        self._generation = 0

        title = QLabel(tr("Roadmap"))
        theme.set_role(title, theme.TITLE)
        intro = QLabel(
            tr(
                "The vision and action plan as documents for the Cluster Commission: a PDF "
                "to print and hand out, and a Word file the secretary can restyle."
            )
        )
        intro.setWordWrap(True)
        theme.set_role(intro, theme.HINT)

        self.section_boxes: dict[Section, QCheckBox] = {}
        sections = QGroupBox(tr("Sections"))
        section_layout = QVBoxLayout(sections)
        grid = QGridLayout()
        labels = section_labels()
        for section, (label, tip) in labels.items():
            box = QCheckBox(label)
            box.setObjectName(f"roadmap_section_{section.value}")
            box.setToolTip(tip)
            box.setChecked(True)
            box.toggled.connect(self._choice_changed)
            self.section_boxes[section] = box
        # Two columns while the names are short; one when a language names them longer.
        widest = max(box.sizeHint().width() for box in self.section_boxes.values())
        half = (len(labels) + 1) // 2 if widest <= SECTION_COLUMN else len(labels)
        for n, box in enumerate(self.section_boxes.values()):
            grid.addWidget(box, n % half, n // half)  # down the first column, then the second
        section_layout.addLayout(grid)
        every = QPushButton(tr("All"))
        every.setObjectName("roadmap_sections_all")
        every.clicked.connect(lambda: self.set_sections(ALL_SECTIONS))
        none = QPushButton(tr("None"))
        none.setObjectName("roadmap_sections_none")
        none.clicked.connect(lambda: self.set_sections(()))
        buttons = QHBoxLayout()
        buttons.addWidget(every)
        buttons.addWidget(none)
        buttons.addStretch(1)
        section_layout.addLayout(buttons)

        self.paper = QComboBox()
        self.paper.setObjectName("roadmap_paper")
        self.paper.addItem(tr("A4"), Paper.A4)
        self.paper.addItem(tr("Letter"), Paper.LETTER)
        self.paper.currentIndexChanged.connect(self._choice_changed)
        self.language = QComboBox()
        self.language.setObjectName("roadmap_language")
        for code, name in LANGUAGES.items():  # each in its own language, never translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self.language.setToolTip(
            tr(
                "The language the roadmap is written in. The sentences that describe the "
                "changes between revisions stay in English."
            )
        )
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.revision = QComboBox()
        self.revision.setObjectName("roadmap_revision")
        # A revision's long title must not widen the choices past a 1280-pixel screen (the
        # list that drops down shows it whole).
        self.revision.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.revision.setMinimumContentsLength(24)
        self.revision.currentIndexChanged.connect(self._choice_changed)
        self._logo: bytes | None = None
        self.logo_button = QPushButton(tr("Choose Lo&go…"))
        self.logo_button.setObjectName("roadmap_logo")
        self.logo_button.setToolTip(tr("A PNG or JPEG picture for the cover (optional)"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(tr("No Logo"))
        self.logo_clear.setObjectName("roadmap_logo_clear")
        self.logo_clear.setEnabled(False)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        form = QFormLayout()
        form.addRow(tr("&Paper"), self.paper)
        form.addRow(tr("&Language"), self.language)
        form.addRow(tr("&Revision"), self.revision)
        fit_combo(self.paper, tr("Paper"))
        fit_combo(self.language, tr("Language"))
        fit_combo(self.revision, tr("Revision"), letters=20)
        form.addRow(tr("Cover logo"), logo_row)

        self.update_button = QPushButton(tr("&Update preview"))
        self.update_button.setObjectName("roadmap_update_preview")
        self.update_button.clicked.connect(self.refresh_preview)
        self.export_pdf_button = QPushButton(tr("E&xport PDF…"))
        self.export_pdf_button.setObjectName("roadmap_export_pdf")
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_word_button = QPushButton(tr("Export &Word…"))
        self.export_word_button.setObjectName("roadmap_export_docx")
        self.export_word_button.clicked.connect(lambda: self.export("docx"))
        self.print_button = QPushButton(tr("Pr&int…"))
        self.print_button.setObjectName("roadmap_print")
        self.print_button.clicked.connect(self.print_roadmap)
        self.state = QLabel()
        self.state.setObjectName("roadmap_state")
        self.state.setWordWrap(True)
        theme.set_role(self.state, theme.HINT)

        actions = QGridLayout()
        actions.addWidget(self.export_pdf_button, 0, 0)
        actions.addWidget(self.export_word_button, 0, 1)
        actions.addWidget(self.print_button, 1, 0)
        actions.addWidget(self.update_button, 1, 1)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 12, 0)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(sections)
        column.addLayout(actions)
        column.addWidget(self.state)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(controls)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the keyboard
        self._controls = controls
        self._controls_scroll = scroll

        self.preview = PagePreview()
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)  # as the other steps
        layout.addWidget(splitter)

        self.export_pdf_action = QAction(tr("Export Roadmap as PDF…"), self)
        self.export_pdf_action.setObjectName("roadmap_export_pdf_action")
        self.export_pdf_action.triggered.connect(lambda: self.export("pdf"))
        self.print_action = QAction(tr("Print Roadmap…"), self)
        self.print_action.setObjectName("roadmap_print_action")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_roadmap)
        self.addAction(self.print_action)

        # Tab reads the column down: paper, language, revision, logo, the sections (the first
        # column, then the second), the buttons under them, then the preview.
        chain: list[QWidget] = [
            self.paper,
            self.language,
            self.revision,
            self.logo_button,
            self.logo_clear,
            *self.section_boxes.values(),
            every,
            none,
            self.export_pdf_button,
            self.export_word_button,
            self.print_button,
            self.update_button,
            self.preview,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_preview)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_job)
        self._updates = DeferredRefresh(self, session, self._plan_changed)
        self.set_revisions(self._revision_choices())
        pool = self._pool
        self.destroyed.connect(lambda *_: pool.shutdown(wait=False))

    # --- choices ---------------------------------------------------------------------

    def set_revisions(self, revisions: Sequence[RevisionChoice]) -> None:
        """Offer the current plan and ``revisions`` (adopted ones, oldest first)."""
        keep = self.revision.currentData()
        self.revision.blockSignals(True)
        self.revision.clear()
        self.revision.addItem(tr("Current plan"), None)
        for choice in reversed(revisions):
            self.revision.addItem(choice.label, choice.number)
        index = self.revision.findData(keep) if keep is not None else 0
        self.revision.setCurrentIndex(max(index, 0))
        self.revision.blockSignals(False)

    def _revision_choices(self) -> list[RevisionChoice]:
        return [
            RevisionChoice(
                r.number,
                tr("Revision {number}: {title} ({date})").format(
                    number=r.number, title=r.title, date=format_date(r.adopted_on)
                ),
            )
            for r in self._session.revisions()
        ]

    def set_sections(self, sections: Sequence[Section]) -> None:
        """Tick exactly ``sections``."""
        wanted = set(sections)
        for section, box in self.section_boxes.items():
            box.blockSignals(True)
            box.setChecked(section in wanted)
            box.blockSignals(False)
        self._choice_changed()

    def choose_logo(self) -> None:
        """Ask for a picture for the cover (PNG or JPEG)."""
        chosen = self._prompter.import_path(
            self, tr("Cover logo"), tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if not chosen:
            return
        try:
            data = Path(chosen).read_bytes()
        except OSError as error:
            self._prompter.warn(
                self,
                tr("Cover logo"),
                tr("{path} cannot be read ({reason}).").format(
                    path=chosen, reason=error.strerror or error
                ),
            )
            return
        if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
            self._prompter.warn(
                self,
                tr("Cover logo"),
                tr("{name} is not a PNG or JPEG picture; the cover keeps no logo.").format(
                    name=Path(chosen).name
                ),
            )
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        """Put ``data`` (a PNG or JPEG picture) on the cover, or no logo (None)."""
        self._logo = data
        self.logo_clear.setEnabled(data is not None)
        self._choice_changed()

    def sections(self) -> tuple[Section, ...]:
        """The sections ticked, in document order."""
        return tuple(s for s in ALL_SECTIONS if self.section_boxes[s].isChecked())

    def options(self, revision: RevisionEntry | None = None) -> RoadmapOptions:
        """The roadmap options the page's choices make."""
        return RoadmapOptions(
            sections=self.sections(),
            paper=Paper(self.paper.currentData()),
            language=str(self.language.currentData()),
            revision=revision,
            printed_on=self._today or dt.date.today(),
            logo=self._logo,
        )

    def content(self) -> Content:
        """The snapshot (current plan or chosen revision), options and revision history."""
        from cluster_planner.exports.history import baseline_of, revision_history

        number = self.revision.currentData()
        session = self._session
        revisions = list(session.revisions())
        history = revision_history(
            revisions, session.document.compare, number, current=number is None
        )
        baseline = baseline_of(revisions, session.revision_snapshot, number)
        if number is None:
            return session.snapshot(), replace(self.options(), baseline=baseline), history
        entry = next((h for h in history if h.number == number), None)
        options = replace(self.options(entry), baseline=baseline)
        return session.revision_snapshot(int(number)), options, history

    def _choice_changed(self, *_: object) -> None:
        self._update_actions()
        self._debounce.start()

    def _plan_changed(self) -> None:
        self._updates.settle()
        self.set_revisions(self._revision_choices())
        self.refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:
        """Lay the preview out the first time, and again if the plan changed meanwhile."""
        super().showEvent(event)
        # The choices keep their full width (known once the fonts are polished).
        needed = self._controls.minimumSizeHint().width()
        needed += self._controls_scroll.verticalScrollBar().sizeHint().width() + 4
        if self._controls_scroll.minimumWidth() < needed:
            self._controls_scroll.setMinimumWidth(needed)
            self._splitter.setSizes([needed, max(self.width() - needed, 200)])
        if self._updates.stale:
            self._updates.settle()
            self.set_revisions(self._revision_choices())
            self.refresh_preview()

    # --- work on the worker thread ---------------------------------------------------

    def busy(self) -> bool:
        """True while a document is being laid out or written."""
        return self._job is not None

    def _start(
        self,
        message: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._job = (self._pool.submit(work), done, failed)
        self.state.setText(message)
        self.status_message.emit(message)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._poll.start()
        self._update_actions()

    def _update_actions(self) -> None:
        """Export and print are offered when a section is ticked and no job runs; when
        disabled, their tooltip says why."""
        ticked = bool(self.sections())
        free = self._job is None
        why = "" if ticked else tr("Tick at least one section to export or print the roadmap.")
        for control in (
            self.export_pdf_button,
            self.export_word_button,
            self.print_button,
            self.export_pdf_action,
            self.print_action,
        ):
            control.setEnabled(ticked and free)
            control.setToolTip(why)

    def _check_job(self) -> None:
        if self._job is None or not self._job[0].done():
            return
        future, done, failed = self._job
        self._job = None
        self._poll.stop()
        QGuiApplication.restoreOverrideCursor()
        self._update_actions()
        error = future.exception()
        if error is not None:
            failed(error)
        else:
            done(future.result())
        if self._wanted_preview and self._job is None:
            self.refresh_preview()

    def wait(self, timeout_s: float = 60.0) -> None:
        """Block until the current job has finished and been handled (tests, shutdown)."""
        if self._job is not None:
            self._job[0].exception(timeout=timeout_s)
            self._check_job()

    # --- preview ---------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Lay the PDF out again for the preview (after the current job, if one runs)."""
        self._debounce.stop()
        if self._job is not None:
            self._wanted_preview = True
            return
        self._wanted_preview = False
        if not self.sections():
            self.preview.show_document(None)
            self.preview.show_message(tr("Tick at least one section to see the roadmap."))
            message = tr("No section ticked: nothing to export or print.")
            self.state.setText(message)
            self.status_message.emit(message)
            self._update_actions()
            return
        content = self.content()
        self._generation += 1
        generation = self._generation
        self._start(
            tr("Laying out the roadmap…"),
            lambda: render(content, "pdf"),
            lambda data: self._show_preview(data, generation),
            self._preview_failed,
        )

    def _show_preview(self, data: bytes, generation: int) -> None:
        if generation != self._generation:
            return
        pages = PdfPages(data)
        self.preview.show_document(pages)
        paper = self.paper.currentText()
        message = plural("roadmap_page", "%n page(s) on {paper} paper.", len(pages)).format(
            paper=paper
        )
        self.state.setText(message)
        self.status_message.emit(message)
        self.preview_ready.emit(len(pages))

    def _preview_failed(self, error: BaseException) -> None:
        self.preview.show_document(None)
        self.preview.show_message(
            tr("The roadmap could not be laid out ({problem}).").format(problem=error)
        )
        self.state.setText("")

    # --- export and print ------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where, then write the roadmap as a PDF ("pdf") or Word file ("docx")."""
        if self._job is not None or not self.sections():
            if not self.sections():
                self._prompter.inform(
                    self, tr("Export roadmap"), tr("Tick at least one section first.")
                )
            return
        suffix = "." + kind
        name = (self._session.profile().name or tr("Roadmap")).strip()
        # Beside the plan, where its other files are likely to be.
        folder = self._session.path.parent
        suggestion = str(folder / f"{_safe_name(name)} – {tr('roadmap')}{suffix}")
        file_filter = (
            tr("PDF documents (*.pdf)") if kind == "pdf" else tr("Word documents (*.docx)")
        )
        chosen = self._prompter.export_path(self, tr("Export roadmap"), suggestion, file_filter)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        content = self.content()
        from cluster_planner.exports.roadmap import unprintable

        self._missing = unprintable(content[0])
        self._start(
            tr("Writing {name}…").format(name=path.name),
            lambda: write(content, kind, path),
            self._exported,
            lambda error: self._export_failed(path, error),
        )

    def _exported(self, path: Path) -> None:
        message = tr("Roadmap written to {path}.").format(path=path)
        missing = self._missing
        if missing:
            # As `export` says it: the characters no bundled font has, printed as �.
            message += " " + plural(
                "roadmap_page",
                "%n character(s) no bundled font has print as �: {characters}.",
                len(missing),
            ).format(
                characters=", ".join(
                    f"{char} (U+{ord(char):04X}) {where}" for char, where in missing
                )
            )
        self.state.setText(message)
        self.status_message.emit(message)
        self.export_finished.emit(str(path))

    def _export_failed(self, path: Path, error: BaseException) -> None:
        reason = getattr(error, "strerror", None) or str(error)
        self.state.setText("")
        self._prompter.warn(
            self,
            tr("Export roadmap"),
            tr(
                "The roadmap could not be written to {path} ({reason}). Nothing was written "
                "there; choose another folder or close the file if another program has it open."
            ).format(path=path, reason=reason),
        )
        self.export_finished.emit("")

    def print_roadmap(self) -> None:
        """Print the previewed roadmap through the system print dialog."""
        if self._job is not None:
            self.wait()
        pages = self.preview.pages
        if pages is None:
            self._prompter.inform(
                self, tr("Print roadmap"), tr("Wait for the preview, then print it.")
            )
            return
        if self.print_hook(pages, self):
            message = tr("The roadmap was sent to the printer.")
            self.state.setText(message)
            self.status_message.emit(message)

    def edit_actions(self) -> list[QAction]:
        """The page's commands for the Edit menu: none (it changes nothing in the plan)."""
        return []


def _safe_name(name: str) -> str:
    """``name`` usable as a file name on every system."""
    kept = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in name)
    return " ".join(kept.split())[:80] or "Roadmap"
