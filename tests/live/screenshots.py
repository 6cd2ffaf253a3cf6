"""Screenshots of the phone page at 360×740 in headless Chromium, for the user guide.

Run: ``.venv/bin/python -m tests.live.screenshots docs/images`` (needs ./dev's Chromium).
A demo plan is served from 127.0.0.1 with an open round; nothing leaves this computer.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from cluster_planner.live.headless import DocumentHost
from cluster_planner.live.server import LiveServer
from cluster_planner.live.state import Activity, Kind
from cluster_planner.services.demo import create_demo_plan
from tests.live.browser import phone_browser


def _plan(folder: Path) -> tuple[Path, int]:
    path = folder / "hall.clusterplan"
    document = create_demo_plan(path)
    meeting = document.meetings()[-1].id
    document.add_voting_round(meeting_id=meeting, title="Priorities today", dots_per_voter=3)
    document.add_meeting(title="Live workshop", date=dt.date(2026, 5, 4))
    rounds = len(document.voting_rounds())
    document.close()
    return path, rounds


def _serve(path: Path, activity: Activity | None, rounds: int) -> tuple[DocumentHost, LiveServer]:
    host = DocumentHost(path, activity, round_number=rounds)
    server = LiveServer(host, "127.0.0.1", 0)
    server.start()
    return host, server


def _settle(driver: object, css: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 20).until(seen.presence_of_element_located((By.CSS_SELECTOR, css)))
    time.sleep(0.3)


def save_phone_screenshots(folder: Path) -> list[Path]:
    from selenium.webdriver.common.by import By

    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        path, rounds = _plan(Path(temp))
        host, server = _serve(path, None, rounds)
        try:
            with phone_browser("en") as driver:
                driver.get(server.url)
                _settle(driver, "#code")
                saved.append(folder / "live-phone-join.png")
                driver.save_screenshot(str(saved[-1]))
                driver.find_element(By.ID, "code").send_keys(server.code)
                driver.find_element(By.CSS_SELECTOR, "button[type='submit']").click()
                _settle(driver, "#stakeholder")
                driver.find_element(
                    By.CSS_SELECTOR, "#stakeholder option[value='enterprise']"
                ).click()
                driver.find_element(By.CSS_SELECTOR, "input[name='sex'][value='female']").click()
                driver.find_element(By.CSS_SELECTOR, "[data-key='save-profile']").click()
                plus = driver.find_elements(By.CSS_SELECTOR, "button[data-key^='plus-']")
                keys = [b.get_attribute("data-key") for b in plus[:3]]
                for key in (keys[0], keys[2]):
                    driver.find_element(By.CSS_SELECTOR, f"[data-key='{key}']").click()
                    time.sleep(0.2)
                time.sleep(1.2)  # saved, and the status line says so
                driver.execute_script("window.scrollTo(0, 0)")
                saved.append(folder / "live-phone-vote.png")
                driver.save_screenshot(str(saved[-1]))
        finally:
            server.stop()
            host.close()
        host, server = _serve(path, Activity(Kind.CAPTURE), rounds)
        try:
            with phone_browser("es") as driver:
                driver.get(server.join_url)
                _settle(driver, "#idea")
                driver.find_element(
                    By.CSS_SELECTOR, "input[name='quadrant'][value='threat']"
                ).click()
                driver.find_element(By.ID, "idea").send_keys("Los buses a Quito salen hasta las 6")
                driver.find_element(By.CSS_SELECTOR, "[data-key='send']").click()
                _settle(driver, "ul.cards li")
                driver.find_element(By.ID, "idea").send_keys("Ferias escolares en marzo")
                driver.execute_script("window.scrollTo(0, 0)")
                time.sleep(0.5)
                saved.append(folder / "live-phone-capture-es.png")
                driver.save_screenshot(str(saved[-1]))
        finally:
            server.stop()
            host.close()
        host, server = _serve(path, Activity(Kind.DRAFTS), rounds)
        try:
            with phone_browser("fr") as driver:
                driver.get(server.join_url)
                _settle(driver, "section.draft")
                driver.find_elements(By.CSS_SELECTOR, "button[data-key^='vote-']")[0].click()
                _settle(driver, "section.draft.chosen")
                saved.append(folder / "live-phone-drafts-fr.png")
                driver.save_screenshot(str(saved[-1]))
        finally:
            server.stop()
            host.close()
    return saved


if __name__ == "__main__":
    for written in save_phone_screenshots(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    ):
        print(written)
