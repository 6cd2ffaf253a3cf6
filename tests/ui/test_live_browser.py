"""End to end: a real phone browser (headless Chromium through Selenium) joins the app's live
round with the code, places dots and adds a card, and the app's board changes.

The browser runs on a worker thread while the app's event loop keeps turning (the app
applies what the phone sends on its own thread). Everything stays on 127.0.0.1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.domain.enums import ItemStatus
from cluster_planner.ui.live_controller import existing_controller
from cluster_planner.ui.main_window import MainWindow
from tests.live.browser import available, phone_browser
from tests.ui.live_support import ask, choose_loopback, open_hall

if not available():
    if os.environ.get("CI"):
        raise RuntimeError("Chromium, chromedriver or Selenium missing: ./dev installs them")
    pytest.skip(
        "Chromium and chromedriver are not installed (./dev installs them)", allow_module_level=True
    )

pytestmark = pytest.mark.slow


@pytest.fixture
def hall(demo_window: MainWindow) -> Iterator[MainWindow]:
    """The demo plan with a fresh round open on the Diagnostic page."""
    yield from open_hall(demo_window)


@pytest.fixture
def browser(qtbot) -> Iterator[Any]:
    with phone_browser("es") as driver:
        yield driver


def _wait(driver: Any, condition: Any, seconds: float = 20) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(condition)


def _start(qtbot, panel) -> Any:
    choose_loopback(panel)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    controller = panel.controller()
    assert controller is not None and controller.running
    return controller


def test_a_phone_joins_places_dots_and_the_voting_panel_shows_them(
    qtbot,
    hall: MainWindow,
    browser: Any,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen

    voting = hall.plan_view.page("diagnostic").voting
    controller = _start(qtbot, voting.live)
    round_id = voting.current_round().id

    def vote() -> dict[str, Any]:
        browser.get(controller.join_url)  # the QR code's address: the code comes with it
        _wait(browser, seen.presence_of_element_located((By.ID, "stakeholder")))
        browser.find_element(By.CSS_SELECTOR, "#stakeholder option[value='cooperative']").click()
        browser.find_element(By.CSS_SELECTOR, "input[name='sex'][value='female']").click()
        browser.find_element(By.CSS_SELECTOR, "[data-key='save-profile']").click()
        plus = browser.find_elements(By.CSS_SELECTOR, "button[data-key^='plus-']")
        first, second = (b.get_attribute("data-key")[5:] for b in plus[:2])
        for key in (first, first, second):
            _wait(
                browser, seen.element_to_be_clickable((By.CSS_SELECTOR, f"[data-key='plus-{key}']"))
            )
            browser.find_element(By.CSS_SELECTOR, f"[data-key='plus-{key}']").click()
        _wait(browser, seen.text_to_be_present_in_element((By.ID, "status"), "guardados"))
        left = browser.find_element(By.ID, "left").text
        return {
            "first": int(first),
            "second": int(second),
            "left": left,
            "lang": browser.execute_script("return document.documentElement.lang"),
            "heading": browser.find_element(By.TAG_NAME, "h1").text,
            "disabled": [
                b.get_attribute("data-key")
                for b in browser.find_elements(By.CSS_SELECTOR, "button[data-key^='plus-']")
                if not b.is_enabled()
            ],
            "label": browser.find_element(
                By.CSS_SELECTOR, f"[data-key='plus-{first}']"
            ).get_attribute("aria-label"),
        }

    result = ask(qtbot, vote)
    assert result["lang"] == "es" and result["heading"].startswith("Coloque sus puntos")
    assert result["left"] == "Le quedan 0 de 3 puntos"
    assert len(result["disabled"]) == len(voting.tally_model._items)  # no dot left to place
    assert result["label"].startswith("Añadir un punto a: ")
    model = voting.tally_model
    qtbot.waitUntil(lambda: model.index(model.row_of(result["first"]), 3).data() == "2")
    assert model.index(model.row_of(result["second"]), 3).data() == "1"
    (ballot,) = voting.current_round().phone_ballots
    assert ballot.stakeholder_type.value == "cooperative" and ballot.sex.value == "female"
    # Revealing closes the ballot: the page says so at its next look.
    qtbot.mouseClick(voting.reveal, Qt.MouseButton.LeftButton)
    assert voting.current_round().id == round_id and voting.current_round().revealed

    def closed() -> str:
        _wait(browser, seen.presence_of_element_located((By.CSS_SELECTOR, "p.notice")))
        return browser.find_element(By.CSS_SELECTOR, "p.notice").text

    assert ask(qtbot, closed) == "La votación está cerrada: los resultados están en la pantalla."


def test_a_phone_adds_a_card_that_the_facilitator_accepts_onto_the_board(
    qtbot,
    hall: MainWindow,
    browser: Any,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen

    session = hall.session
    page = hall.plan_view.page("diagnostic")
    page.show_side_panel(page.pending)
    controller = _start(qtbot, page.pending.live)
    idea = "Transporte caro hasta Quito <script>alert(1)</script>"

    def send() -> str:
        browser.get(controller.url)  # typed by hand: the page asks for the code
        field = _wait(browser, seen.presence_of_element_located((By.ID, "code")))
        field.send_keys(controller.code)
        browser.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
        _wait(browser, seen.presence_of_element_located((By.ID, "idea")))
        browser.find_element(By.CSS_SELECTOR, "input[name='quadrant'][value='threat']").click()
        browser.find_element(By.ID, "idea").send_keys(idea)
        browser.find_element(By.CSS_SELECTOR, "[data-key='send']").click()
        _wait(browser, seen.text_to_be_present_in_element((By.ID, "status"), "Enviada"))
        return browser.find_element(By.CSS_SELECTOR, "ul.cards li .card-text").text

    waiting = ask(qtbot, send)
    assert waiting.endswith(idea)  # shown as text, not run
    qtbot.waitUntil(lambda: page.pending.cards.count() == 1)
    page.pending.cards.setCurrentRow(0)
    qtbot.mouseClick(page.pending.accept_button, Qt.MouseButton.LeftButton)
    card = next(i for i in session.swot_items() if i.statement == idea)
    assert card.status is ItemStatus.ACTIVE
    panel = page.board.panels[card.quadrant]
    assert any(panel.model.index(r, 0).data() == idea for r in range(panel.model.rowCount()))

    def emptied() -> str:
        _wait(
            browser,
            seen.text_to_be_present_in_element((By.CSS_SELECTOR, "main"), "Ninguna en espera"),
        )
        return browser.find_element(By.CSS_SELECTOR, "main").text

    assert "Ninguna en espera." in ask(qtbot, emptied)
    # Turning live participation off: the page says it has ended, not an error.
    qtbot.mouseClick(page.pending.live.stop_button, Qt.MouseButton.LeftButton)
    assert existing_controller(session).running is False

    def ended() -> str:
        _wait(browser, seen.text_to_be_present_in_element((By.TAG_NAME, "h1"), "terminado"))
        return browser.find_element(By.TAG_NAME, "h1").text

    assert ask(qtbot, ended).startswith("La participación en vivo ha terminado")
    QApplication.processEvents()
