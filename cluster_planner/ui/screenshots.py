"""Render the screens of the user guide with the demo plan to PNG files.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.screenshots docs/images``
(every screen), or call one of the ``save_…_screenshots`` functions.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.services.demo import create_demo_plan
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.application import create_application
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.options_page import OptionsPage
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.settings import AppSettings
from cluster_planner.ui.vision_page import VisionPage

SIZE = (1280, 800)
# A laptop screen, and a 1080p projector (is the type still readable from the back?).
SIZES = (((1280, 800), ""), ((1920, 1080), "-1920"))


def grab(widget: QWidget, path: Path) -> Path:
    """Let pending layout and paint events run, then save ``widget`` as a PNG."""
    for _ in range(4):
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


@contextmanager
def demo_session() -> Iterator[PlanSession]:
    """A session over a fresh demo plan in a scratch folder, closed afterwards."""
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "demo.clusterplan"
        create_demo_plan(path).close()
        session = PlanSession(PlanDocument.open(path))
        try:
            yield session
        finally:
            session.close()


def save_screenshots(folder: Path) -> list[Path]:
    """Save welcome.png and cluster-*.png of a fresh demo plan in ``folder``; return their paths."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        # Screenshots must not show (or change) the person's own recent files.
        settings = _scratch_settings(scratch)
        settings.add_recent_file(scratch / "Atuntaqui garment cluster.clusterplan")
        settings.add_recent_file(scratch / "Edible oil processors, Amhara.clusterplan")
        window = MainWindow(settings=settings, demo_folder=scratch / "demo")
        window.resize(*SIZE)
        window.show()
        saved.append(grab(window, folder / "welcome.png"))
        window.open_demo()
        assert window.plan_view is not None
        page = window.plan_view.cluster_page
        shots = [
            (page.organisations_tab, "cluster-organisations.png"),
            (page.people_tab, "cluster-people.png"),
            (page.meetings_tab, "cluster-meetings.png"),
        ]
        for tab, name in shots:
            page.tabs.setCurrentWidget(tab)
            tab.select(tab.model.entry(0).id)
            saved.append(grab(window, folder / name))
        page.tabs.setCurrentWidget(page.profile_tab)
        saved.append(grab(window, folder / "cluster-profile.png"))
        window.close()
    return saved


def save_options_screenshots(folder: Path) -> list[Path]:
    """Render the Options page of the demo plan at 1280×800 and 1920×1080 into ``folder``."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_session() as session:
        for size, suffix in SIZES:
            page = OptionsPage(session, Prompter())
            page.resize(*size)
            page.show()
            wo2 = next(o.id for o in page.model.options() if page.model.code(o.id) == "WO2")
            page.select_option(wo2)
            page.matrix.focus_current()
            saved.append(grab(page, folder / f"options-tows{suffix}.png"))
            page.edit_option(wo2)
            saved.append(grab(page, folder / f"options-editor{suffix}.png"))
            page.close_editor()
            page.tabs.setCurrentWidget(page.impact_effort)
            saved.append(grab(page, folder / f"options-impact-effort{suffix}.png"))
            page.close()
            page.deleteLater()
    return saved


def save_vision_screenshots(folder: Path) -> list[Path]:
    """Render the Vision page of the demo plan at 1280×800 and 1920×1080 into ``folder``."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_session() as session:
        for size, suffix in SIZES:
            page = VisionPage(session, Prompter())
            page.resize(*size)
            page.show()
            page.tabs.setCurrentWidget(page.drafts)
            saved.append(grab(page, folder / f"vision-drafts{suffix}.png"))
            page.tabs.setCurrentWidget(page.adopted)
            saved.append(grab(page, folder / f"vision-adopted{suffix}.png"))
            page.tabs.setCurrentWidget(page.objectives)
            measured = max(session.objectives(), key=lambda o: len(o.indicators))
            page.objectives.select(measured.id)
            saved.append(grab(page, folder / f"vision-objectives{suffix}.png"))
            page.tabs.setCurrentWidget(page.traceability)
            saved.append(grab(page, folder / f"vision-traceability{suffix}.png"))
            page.close()
            page.deleteLater()
    return saved


def save_action_plan_screenshots(folder: Path) -> list[Path]:
    """Render the Action plan page of the demo plan at 1280×800 and 1920×1080 into ``folder``."""
    from cluster_planner.ui.action_plan_page import ActionPlanPage

    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_session() as session:
        shown = next(a for a in session.actions() if a.partners and a.cost_lines)
        for size, suffix in SIZES:
            page = ActionPlanPage(session, Prompter())
            page.resize(*size)
            page.show()
            page.tree.select_action(shown.id)
            saved.append(grab(page, folder / f"action-plan{suffix}.png"))
            for index, name in ((2, "partners"), (3, "budget")):
                page.details.tabs.setCurrentIndex(index)
                saved.append(grab(page, folder / f"action-plan-{name}{suffix}.png"))
            page.tree.search.setText("women")
            saved.append(grab(page, folder / f"action-plan-filter{suffix}.png"))
            page.tree.clear_filter()
            for view, name in (
                (page.checks, "checks"),
                (page.commitments, "commitments"),
                (page.budget, "budget-summary"),
            ):
                page.tabs.setCurrentWidget(view)
                saved.append(grab(page, folder / f"action-plan-{name}{suffix}.png"))
            page.close()
            page.deleteLater()
    return saved


def save_timeline_screenshots(folder: Path) -> list[Path]:
    """Render the Timeline page of the demo plan at 1280×800 and 1920×1080 into ``folder``."""
    import datetime as dt

    from cluster_planner.domain.timeline import Scale
    from cluster_planner.ui.timeline_page import TimelinePage

    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_session() as session:
        for size, suffix in SIZES:
            page = TimelinePage(session, Prompter(), today=dt.date(2026, 11, 27))
            page.resize(*size)
            page.show()
            page.fit_to_plan()
            saved.append(grab(page, folder / f"timeline{suffix}.png"))
            page.colour_by.setCurrentIndex(page.colour_by.findData("lead"))
            page.set_scale(Scale.MONTH)
            page.go_to_today()
            saved.append(grab(page, folder / f"timeline-by-lead{suffix}.png"))
            page.colour_by.setCurrentIndex(page.colour_by.findData("status"))
            page.show_baseline.setChecked(True)
            saved.append(grab(page, folder / f"timeline-baseline{suffix}.png"))
            page.close()
            page.deleteLater()
    return saved


def save_review_screenshots(folder: Path) -> list[Path]:
    """Render the Review step of the demo plan (its three tabs) and a past revision's window."""
    import datetime as dt

    from cluster_planner.ui.review_page import ReviewPage

    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_session() as session:
        for size, suffix in SIZES:
            page = ReviewPage(session, Prompter(), today=dt.date(2026, 11, 27))
            page.resize(*size)
            page.show()
            tab = page.meeting_tab
            for row in range(tab.actions_list.count()):
                if " A4.4 " in tab.actions_list.item(row).text():
                    tab.actions_list.setCurrentRow(row)
            saved.append(grab(page, folder / f"review-meeting{suffix}.png"))
            page.tabs.setCurrentWidget(page.indicators_tab)
            saved.append(grab(page, folder / f"review-indicators{suffix}.png"))
            history = page.history_tab
            page.tabs.setCurrentWidget(history)
            history.select(1)
            history.compare_with.setCurrentIndex(history.compare_with.findData(2))
            history.compare()
            saved.append(grab(page, folder / f"review-history{suffix}.png"))
            page.close()
            page.deleteLater()
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "Atuntaqui.clusterplan"
        create_demo_plan(path).close()
        window = MainWindow(settings=_scratch_settings(Path(temp)), prompter=Prompter())
        window.resize(1280, 800)
        assert window.open_plan(path)
        past = window.open_revision(1)
        assert past is not None and past.plan_view is not None
        past.resize(1280, 800)
        past.plan_view.go_to_key("timeline")
        saved.append(grab(past, folder / "review-past-revision.png"))
        past.close()
        window.close()
    return saved


# A laptop's screen: every step fits it in every language.
LAPTOP = (1366, 768)
# Each step, with the tab shown where a step has several (None: as it opens).
TRANSLATED_SHOTS: tuple[tuple[str, str | None], ...] = (
    ("cluster", "meetings"),
    ("diagnostic", "voting"),
    ("options", None),
    ("vision", "adopted"),
    ("action_plan", None),
    ("timeline", None),
    ("review", None),
    ("roadmap", None),
)


def _show_tab(window: MainWindow, key: str, tab: str | None) -> None:
    """Show step ``key``, on its ``tab`` when given."""
    view = window.plan_view
    assert view is not None
    view.go_to_key(key)
    page = view.page(key)
    if tab == "meetings":
        page.tabs.setCurrentWidget(page.meetings_tab)  # type: ignore[attr-defined]
        page.meetings_tab.select(page.meetings_tab.model.entry(0).id)  # type: ignore[attr-defined]
    elif tab == "voting":
        page.side.setCurrentWidget(page.voting)  # type: ignore[attr-defined]
    elif tab == "adopted":
        page.tabs.setCurrentWidget(page.adopted)  # type: ignore[attr-defined]
    QApplication.processEvents()
    view.focus_page()
    if key == "roadmap":
        from cluster_planner.ui.roadmap_page import RoadmapPage
        from cluster_planner.ui.roadmap_screenshots import _laid_out

        assert isinstance(page, RoadmapPage)
        _laid_out(page)


def save_translated_screenshots(folder: Path) -> list[Path]:
    """Every step of the demo plan in Spanish and French on a 1366×768 laptop screen."""
    from PySide6.QtCore import QLocale, QTranslator

    from cluster_planner.ui.i18n import build
    from cluster_planner.ui.language import apply_language

    app = create_application()
    build()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    locale = QLocale()
    for language in ("es", "fr"):
        installed = apply_language(app, language)
        try:
            with tempfile.TemporaryDirectory() as temp:
                path = Path(temp) / "Atuntaqui.clusterplan"
                create_demo_plan(path).close()
                window = MainWindow(settings=_scratch_settings(Path(temp)), prompter=Prompter())
                window.resize(*LAPTOP)
                window.show()
                assert window.open_plan(path) and window.plan_view is not None
                for key, tab in TRANSLATED_SHOTS:
                    _show_tab(window, key, tab)
                    saved.append(grab(window, folder / f"{language}-{key.replace('_', '-')}.png"))
                window.close()
        finally:
            for translator in installed:
                app.removeTranslator(translator)
            for translator in app.findChildren(QTranslator):
                translator.deleteLater()
            QLocale.setDefault(locale)
    return saved


# Names and titles the demo plan takes on when it is written in Arabic.
ARABIC_NAMES = {
    "cluster": "عنقود صناعة الملابس في أتونتاكي",
    "organisation": "جمعية منتجي الملابس",
    "action": "جناح الجودة في معرض الكرنفال",
}


def save_right_to_left_screenshots(folder: Path) -> list[Path]:
    """The demo plan written in Arabic (its language ar, some names in Arabic), with the
    English interface, on a 1366×768 screen: its pages mirrored, dates and counts whole,
    the timeline's time running left to right."""
    from cluster_planner.domain.codes import action_codes
    from cluster_planner.ui.formats import set_isolation
    from cluster_planner.ui.i18n import build
    from cluster_planner.ui.language import apply_language

    app = create_application()
    build()
    apply_language(app, "en")  # the English interface, as the app starts it
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        path = Path(temp) / "Atuntaqui.clusterplan"
        document = create_demo_plan(path)
        document.update_profile(language="ar", name=ARABIC_NAMES["cluster"])
        codes = action_codes(document.objectives(), document.actions())
        first = next(a for a in document.actions() if codes[a.id] == "A1.1")
        document.update_action(first.id, title=ARABIC_NAMES["action"])
        if first.lead_id is not None:
            document.update_organisation(first.lead_id, name=ARABIC_NAMES["organisation"])
        document.close()
        window = MainWindow(settings=_scratch_settings(Path(temp)), prompter=Prompter())
        window.resize(*LAPTOP)
        window.show()
        try:
            assert window.open_plan(path) and window.plan_view is not None
            for key, tab in (("cluster", "meetings"), ("action_plan", None), ("timeline", None)):
                _show_tab(window, key, tab)
                saved.append(grab(window, folder / f"ar-plan-{key.replace('_', '-')}.png"))
        finally:
            window.close()
            set_isolation(False)
    return saved


def _scratch_settings(folder: Path) -> AppSettings:
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


def save_all_screenshots(folder: Path) -> list[Path]:
    """Every screenshot of the user guide (in English, with its plural forms)."""
    from cluster_planner.ui.diagnostic_screenshots import save_diagnostic_screenshots
    from cluster_planner.ui.presentation_screenshots import save_presentation_screenshots
    from cluster_planner.ui.roadmap_screenshots import save_roadmap_screenshots
    from cluster_planner.ui.step_screenshots import english, save_step_screenshots

    english()
    return [
        *save_screenshots(folder),
        *save_diagnostic_screenshots(folder),
        *save_options_screenshots(folder),
        *save_vision_screenshots(folder),
        *save_action_plan_screenshots(folder),
        *save_timeline_screenshots(folder),
        *save_review_screenshots(folder),
        *save_translated_screenshots(folder),
        *save_right_to_left_screenshots(folder),
        *save_roadmap_screenshots(folder),
        *save_presentation_screenshots(folder),
        *save_step_screenshots(folder),
    ]


if __name__ == "__main__":
    for written in save_all_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(written)
