"""The window opens every plan of the corpus (tests/corpus) or says in one message why not:
never a traceback, never a blank window, and a refused file keeps every byte."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cluster_planner.ui.main_window import MainWindow
from tests.test_corpus import PLANS, copy_of, fingerprint


@pytest.mark.parametrize("entry", PLANS, ids=[e["file"] for e in PLANS])
def test_the_window_opens_a_corpus_plan_or_says_why_not(
    window: MainWindow, prompter, tmp_path: Path, entry: dict[str, Any]
) -> None:
    """Opened (a plan left mid-save is recovered, an upgrade cut short runs again), or one
    message with the welcome screen still there and the file as it was."""
    path = copy_of(entry, tmp_path)
    before = fingerprint(path)
    opened = window.open_plan(path)
    expected = entry["expect"]["open"]
    if opened:
        assert expected in ("opens", "upgrades", "any"), prompter.messages
        assert window.session is not None and window.plan_view is not None
        if expected == "upgrades":
            assert window.session.document.upgrade_backup is not None
        window.close_plan()
    else:
        assert expected in ("refused", "any"), prompter.messages
        assert len(prompter.messages) == 1, prompter.messages
        assert window.session is None
        assert window.central.currentWidget() is window.welcome
        assert fingerprint(path) == before
