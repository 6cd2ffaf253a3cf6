"""The Roadmap page: sections, paper and revision choices, preview, export and print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from cluster_planner.exports.roadmap import Paper, Section
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.roadmap_page import RevisionChoice, RoadmapPage
from cluster_planner.ui.roadmap_preview import PdfPages, print_pages
from tests.ui.conftest import ScriptedPrompter

TIMEOUT_MS = 60_000


@pytest.fixture
def page(qtbot, session: PlanSession, prompter: ScriptedPrompter) -> Iterator[RoadmapPage]:
    """The Roadmap page over the demo plan, shown, with its first preview laid out."""
    roadmap = RoadmapPage(session, prompter, today=dt.date(2026, 11, 28))
    qtbot.addWidget(roadmap)
    roadmap.resize(1280, 800)
    with qtbot.waitSignal(roadmap.preview_ready, timeout=TIMEOUT_MS):
        roadmap.show()
    yield roadmap
    roadmap.wait()
    roadmap.preview.show_document(None)


def test_the_preview_shows_the_pdf_pages(page: RoadmapPage) -> None:
    """Shown, the page lays the roadmap out and draws its first page; pages can be turned."""
    pages = page.preview.pages
    assert pages is not None and len(pages) > 20
    assert not page.preview.picture.pixmap().isNull()
    page.preview.next_button.click()
    assert page.preview.current() == 1
    page.preview.page_number.setValue(len(pages))
    assert page.preview.current() == len(pages) - 1
    assert not page.preview.next_button.isEnabled()
    assert f"{len(pages)} pages on A4 paper." == page.state.text()


def test_sections_toggle_what_is_laid_out(qtbot, page: RoadmapPage) -> None:
    """Unticking all but two sections gives a short document; none at all says so."""
    full = len(page.preview.pages or [])
    page.set_sections((Section.VISION, Section.BUDGET))
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS) as ready:
        pass
    assert ready.args[0] < full
    assert page.sections() == (Section.VISION, Section.BUDGET)
    assert not page.section_boxes[Section.TIMELINE].isChecked()
    page.section_boxes[Section.VISION].setChecked(False)
    page.section_boxes[Section.BUDGET].setChecked(False)
    page.refresh_preview()
    assert page.preview.pages is None
    assert "at least one section" in page.preview.picture.text()


def test_paper_choice_reaches_the_document(qtbot, page: RoadmapPage) -> None:
    """Letter paper: the preview's portrait pages are 612 × 792 points."""
    page.paper.setCurrentIndex(page.paper.findData(Paper.LETTER))
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        pass
    assert page.preview.pages is not None
    assert tuple(round(v) for v in page.preview.pages.page_size(1)) == (612, 792)


def test_language_choice_reaches_the_preview_and_exports(
    qtbot, page: RoadmapPage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """English, Español, Français (the interface's language first chosen); the preview and
    the exported files are written in the language picked."""
    names = [page.language.itemText(i) for i in range(page.language.count())]
    assert names == ["English", "Español", "Français"] and page.language.isEnabled()
    assert page.language.currentData() == "en"  # the tests run in an English locale
    assert page.language.toolTip()
    page.language.setCurrentIndex(page.language.findData("es"))
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        pass
    assert page.options().language == "es"
    assert page.preview.pages is not None
    prompter.paths = [str(tmp_path / "hoja.pdf")]
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT_MS):
        page.export_pdf_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "hoja.pdf").pages[:4])
    assert "Visión y plan de acción" in text and "Página 3 de" in text


def test_the_interface_s_language_is_the_first_choice(
    qtbot, session: PlanSession, prompter: ScriptedPrompter, speak
) -> None:
    """With a French interface the roadmap is first offered in French, with a Spanish one
    in Spanish, whatever the country formats of the system."""
    for language in ("fr", "es", "en"):
        speak(language)
        roadmap = RoadmapPage(session, prompter, today=dt.date(2026, 11, 28))
        qtbot.addWidget(roadmap)
        assert roadmap.language.currentData() == language


def test_revisions_are_offered_and_a_revision_can_be_printed(
    qtbot, page: RoadmapPage, session: PlanSession
) -> None:
    """The Revision box lists the adopted revisions; choosing one lays that plan out."""
    numbers = [page.revision.itemData(i) for i in range(page.revision.count())]
    assert numbers[0] is None
    assert sorted(n for n in numbers if n is not None) == [r.number for r in session.revisions()]
    page.set_revisions([RevisionChoice(1, "Revision 1")])
    assert [page.revision.itemText(i) for i in range(2)] == ["Current plan", "Revision 1"]
    page.revision.setCurrentIndex(1)
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        pass
    _, options, history = page.content()
    assert options.revision is not None and options.revision.number == 1
    assert [h.number for h in history] == [1]


def test_export_pdf_and_word_through_the_prompter(
    qtbot, page: RoadmapPage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """Export asks where (the suffix is added), writes on a worker thread, and says where."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    prompter.paths = [str(tmp_path / "roadmap"), str(tmp_path / "roadmap.docx")]
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT_MS) as written:
        page.export_pdf_button.click()
    assert written.args == [str(tmp_path / "roadmap.pdf")]
    assert "Vision" in PdfReader(tmp_path / "roadmap.pdf").pages[2].extract_text()
    assert "Roadmap written to" in page.state.text()
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT_MS):
        page.export_word_button.click()
    headings = [
        p.text
        for p in docx.Document(str(tmp_path / "roadmap.docx")).paragraphs
        if p.style.name == "Heading 1"
    ]
    assert headings[0] == "Vision"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roadmap.docx", "roadmap.pdf"]


def test_a_failed_export_says_so_and_leaves_nothing(
    qtbot, page: RoadmapPage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """Writing into a folder that does not exist: a warning, no file."""
    prompter.paths = [str(tmp_path / "missing" / "roadmap.pdf")]
    with qtbot.waitSignal(page.export_finished, timeout=TIMEOUT_MS) as written:
        page.export("pdf")
    assert written.args == [""]
    assert "could not be written" in prompter.messages[-1]


def test_cancelling_the_file_prompt_writes_nothing(page: RoadmapPage, tmp_path: Path) -> None:
    """No path chosen: nothing runs."""
    page.export("pdf")
    assert not page.busy()


def test_print_goes_through_the_replaceable_hook(page: RoadmapPage) -> None:
    """Print hands the previewed pages to the print hook (the system dialog in the app)."""
    asked: list[tuple[PdfPages, QWidget]] = []
    page.print_hook = lambda pages, parent: asked.append((pages, parent)) or True
    page.print_button.click()
    assert asked and asked[0][0] is page.preview.pages and asked[0][1] is page
    assert page.state.text() == "The roadmap was sent to the printer."


def test_printing_draws_every_page_in_its_orientation(page: RoadmapPage, tmp_path: Path) -> None:
    """Pages printed to a PDF printer: the same count, landscape pages turned."""
    pages = page.preview.pages
    assert pages is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    landscape = next(n for n in range(len(pages)) if pages.page_size(n)[0] > pages.page_size(n)[1])
    assert print_pages(pages, printer, 1, landscape + 1) == landscape + 1
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == landscape + 1
    box = printed[landscape].mediabox
    assert float(box.width) > float(box.height)


def test_the_step_is_built_in_the_window(qtbot, demo_window) -> None:
    """The Roadmap step of the plan view is this page, not a placeholder."""
    view = demo_window.plan_view
    assert view is not None
    roadmap = view.page("roadmap")
    assert isinstance(roadmap, RoadmapPage)
    roadmap.wait()
    roadmap.preview.show_document(None)


def test_a_cover_logo_is_chosen_and_cleared(
    page: RoadmapPage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """Choose Logo takes a PNG for the cover; a file that is no picture is refused."""
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (0, 114, 178)).save(logo)
    (tmp_path / "notes.png").write_text("not a picture")
    prompter.paths = [str(tmp_path / "notes.png"), str(logo)]
    page.logo_button.click()
    assert "not a PNG or JPEG" in prompter.messages[-1]
    assert page.options().logo is None
    page.logo_button.click()
    assert page.options().logo == logo.read_bytes()
    page.logo_clear.click()
    assert page.options().logo is None


def test_the_document_libraries_load_only_for_a_document() -> None:
    """Opening the window and building the Roadmap page loads no PDF or Word library."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "import cluster_planner.app, cluster_planner.cli;"
        "import cluster_planner.ui.main_window, cluster_planner.ui.roadmap_page;"
        "heavy = [m for m in ('reportlab', 'docx', 'pypdfium2', 'bidi', 'arabic_reshaper')"
        " if m in sys.modules];"
        "assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-600:]


def test_with_no_section_export_and_print_are_off_and_say_why(qtbot, page: RoadmapPage) -> None:
    """No section ticked: the buttons and the print action are disabled with a tooltip,
    and the status line no longer shows the old page count."""
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.set_sections(())
    for control in (
        page.export_pdf_button,
        page.export_word_button,
        page.print_button,
        page.print_action,
        page.export_pdf_action,
    ):
        assert not control.isEnabled()
        assert "Tick at least one section" in control.toolTip()
    page.refresh_preview()
    assert "pages on" not in page.state.text()
    assert messages and "pages on" not in messages[-1]
    page.set_sections((Section.VISION,))
    assert page.export_pdf_button.isEnabled() or page.busy()
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT_MS):
        pass
    assert page.export_pdf_button.isEnabled() and page.print_button.toolTip() == ""


def test_the_preview_zooms_to_read_body_pages(qtbot, page: RoadmapPage) -> None:
    """At 1280 × 800 the fitted page is narrow: zooming in draws it wider; fit page shows
    the whole page, fit width goes back."""
    preview = page.preview
    preview.show_page(3)
    fitted = preview.picture.pixmap().deviceIndependentSize().width()
    preview.set_zoom(2.0)
    assert preview.picture.pixmap().deviceIndependentSize().width() > 1.8 * fitted
    assert preview.zoom_label.text() == "200\u00a0%"
    preview.fit_page_button.click()
    whole = preview.picture.pixmap().deviceIndependentSize()
    assert whole.height() <= preview.scroller.viewport().height()
    preview.fit_width_button.click()
    assert abs(preview.picture.pixmap().deviceIndependentSize().width() - fitted) < 2
