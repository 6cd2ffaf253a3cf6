"""Screenshots of live participation in the app, for the user guide.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.live_screenshots docs/images``

The server really runs, on 127.0.0.1 (this computer only), so the address and the QR
code shown are the loopback ones; in a hall they name the Wi-Fi's address. The phones'
ballots and ideas are sent through the plan's own actions, as the server sends them.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from cluster_planner.ui.application import create_application
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.presentation.screens import ScreenInfo
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.screenshots import grab
from cluster_planner.ui.settings import AppSettings

IDEAS = (
    ("threat", "Buses to Quito stop at 6 pm, so buyers leave early"),
    ("opportunity", "Schools in Imbabura buy uniforms every March"),
    ("weakness", "Few firms have a website or take card payments"),
)


def _window(scratch: Path, name: str) -> MainWindow:
    settings = AppSettings(QSettings(str(scratch / f"{name}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, prompter=Prompter(), demo_folder=scratch)
    window.resize(1280, 800)
    window.show()
    window.open_demo()
    return window


def _open_round(window: MainWindow) -> object:
    session = window.session
    assert session is not None and window.plan_view is not None
    meeting = session.meetings()[-1].id
    session.run(
        session.document.add_voting_round,
        meeting_id=meeting,
        title="Priorities today",
        dots_per_voter=3,
    )
    window.plan_view.go_to_key("diagnostic")
    page = window.plan_view.page("diagnostic")
    page.show_side_panel(page.voting)  # type: ignore[attr-defined]
    page.voting.choose_round(session.voting_rounds()[-1].id)  # type: ignore[attr-defined]
    return page


def _start(panel: object) -> None:
    panel._read_networks()  # type: ignore[attr-defined]
    network = panel.network  # type: ignore[attr-defined]
    network.setCurrentIndex(max(0, network.findData("127.0.0.1")))
    panel.start()  # type: ignore[attr-defined]


def _phones_vote(window: MainWindow, phones: int = 14) -> None:
    """Ballots from ``phones`` phones, as the server would hand them over."""
    session = window.session
    assert session is not None
    voting_round = session.voting_rounds()[-1]
    cards = [i.id for i in session.swot_items() if i.status.value == "active"]
    groups = [("enterprise", "female"), ("cooperative", "male"), ("ngo", None), (None, None)]
    for n in range(phones):
        dots = {cards[(n * 7) % len(cards)]: 2, cards[(n * 3 + 1) % len(cards)]: 1}
        kind, sex = groups[n % len(groups)]
        session.document.set_phone_ballot(
            voting_round.id, f"screenshotphone{n:04d}x", dots, kind, sex
        )


def save_live_screenshots(folder: Path) -> list[Path]:
    """Save live-*.png in ``folder``."""
    from cluster_planner.ui.language import apply_language

    apply_language(create_application(), "en")  # with English's plural forms
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        # The facilitator's laptop: the voting panel with the phones' column.
        window = _window(scratch, "laptop")
        page = _open_round(window)
        _start(page.voting.live)  # type: ignore[attr-defined]
        _phones_vote(window)
        QApplication.processEvents()
        saved.append(grab(window, folder / "live-voting-panel.png"))
        # The ideas from phones waiting on the From Phones tab.
        for quadrant, text in IDEAS:
            window.session.document.add_pending_card("screenshotphone0001x", quadrant, text)  # type: ignore[union-attr]
        page.show_side_panel(page.pending)  # type: ignore[attr-defined]
        page.pending.live.start()  # type: ignore[attr-defined]
        page.pending.cards.setCurrentRow(0)  # type: ignore[attr-defined]
        QApplication.processEvents()
        saved.append(grab(window, folder / "live-pending-cards.png"))
        window.close_plan()
        window.close()
        # The projector: the presented board with the join card.
        window = _window(scratch, "audience")
        presentation = window.presentation
        presentation.full_screen = False
        laptop = window.screen()
        presentation.screens = lambda: [
            ScreenInfo(laptop.name(), laptop.geometry(), laptop),
            ScreenInfo("projector", QRect(0, 0, 1920, 1080)),
        ]
        page = _open_round(window)
        _start(page.voting.live)  # type: ignore[attr-defined]
        presentation.enter()
        audience = presentation.audience
        assert audience is not None
        audience.resize(1920, 1080)
        QApplication.processEvents()
        saved.append(grab(audience, folder / "live-audience-1920.png"))
        presentation.leave()
        window.close_plan()
        window.close()
    return saved


if __name__ == "__main__":
    for written in save_live_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(written)
