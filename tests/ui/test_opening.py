"""Opening a plan that cannot be opened as asked: a sentence, the ways that work, no traceback.

The real permissions behind each reason are tested as an ordinary user in
tests/storage/test_permissions.py; here the window words each reason and offers only
what helps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_planner.domain import errors
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.main_window import MainWindow


def test_a_folder_is_named_as_a_folder_and_read_only_is_not_offered(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """A folder named like a plan gets one message, without an "Open Read-Only" that would
    only bring the same message back."""
    folder = tmp_path / "plans.clusterplan"
    folder.mkdir()
    assert not window.open_plan(folder)
    assert prompter.messages == [
        "“plans.clusterplan” is a folder, not a plan. Nothing was changed. Open the "
        ".clusterplan file inside it instead."
    ]
    assert prompter.options == []
    assert window.central.currentWidget() is window.welcome


@pytest.mark.parametrize(
    ("reason", "words", "read_only"),
    [
        (errors.PlanFileUnreadable.FOLDER_READ_ONLY, "in a folder where you may not save", True),
        (errors.PlanFileUnreadable.FOREIGN_LOCK, "left locked by another user", True),
        (errors.PlanFileUnreadable.FILE_READ_ONLY, "is write-protected", True),
        (errors.PlanFileUnreadable.NO_ACCESS, "You may not read", False),
    ],
)
def test_each_permission_problem_is_worded_and_read_only_offered_where_it_helps(
    window: MainWindow,
    prompter,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reason: str,
    words: str,
    read_only: bool,
) -> None:
    """The reason is said in words (no errno, no English phrase from the system); where the
    plan can still be read, "Open Read-Only" opens it."""
    opened = PlanDocument.open

    def refuse_editing(path, *, read_only=False, take_over_lock=False):  # type: ignore[no-untyped-def]
        if not read_only or reason == errors.PlanFileUnreadable.NO_ACCESS:
            raise errors.PlanFileUnreadable(str(path), "system words", reason)
        return opened(path, read_only=True)

    monkeypatch.setattr(PlanDocument, "open", staticmethod(refuse_editing))
    prompter.choice = "read_only"
    assert window.open_plan(demo_path) is read_only
    assert words in prompter.messages[0]
    assert "system words" not in prompter.messages[0]
    if read_only:
        assert prompter.options == [["Open Read-Only"]]
        assert window.session is not None and window.session.read_only
    else:
        assert prompter.options == []
        assert window.session is None


def test_a_copy_over_a_plan_being_edited_is_refused(
    window: MainWindow, prompter, demo_path: Path
) -> None:
    """Save a Copy over a plan someone is editing names the editor; that plan is kept."""
    mine = demo_path.with_name("mine.clusterplan")
    PlanDocument.create(mine).close()
    other = PlanDocument.open(demo_path)
    try:
        before = demo_path.read_bytes()
        assert window.open_plan(mine)
        prompter.paths = [str(demo_path)]
        window.save_copy()
        assert "is being edited by" in prompter.messages[-1]
        assert "so it was not replaced" in prompter.messages[-1]
        assert demo_path.read_bytes() == before
    finally:
        other.close()


def test_a_damaged_plan_offers_its_last_readable_revision_as_a_new_plan(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """A plan SQLite finds malformed is refused in words; its last readable revision can be
    saved as a new plan, which then opens; the damaged file keeps every byte."""
    from tests.test_corpus import copy_of, fingerprint

    path = copy_of({"file": "plans/malformed-page.clusterplan"}, tmp_path)
    before = fingerprint(path)
    prompter.choice = "salvage"
    prompter.paths = [str(tmp_path / "saved.clusterplan")]
    assert window.open_plan(path)
    assert prompter.messages[0].startswith("“malformed-page.clusterplan” is damaged")
    assert "revision 2 can still be read" in prompter.messages[0]
    assert prompter.options[0] == ["Save Revision 2 as a New Plan…"]
    assert window.session is not None and window.session.path.name == "saved.clusterplan"
    assert window.session.document.profile().name == "Ambato footwear cluster"
    assert fingerprint(path) == before


def test_a_copy_made_while_the_plan_was_open_says_so(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """A damaged copy with the lock file of the open plan beside it is said to have been
    copied while it was being saved, with the way to copy it right."""
    from tests.test_corpus import copy_of

    path = copy_of({"file": "plans/copied-while-open.clusterplan"}, tmp_path)
    prompter.choice = "read_only"  # its lock names another computer: read it, then
    assert not window.open_plan(path)
    assert "is being edited by maria on field-laptop" in prompter.messages[0]
    assert "probably copied while it was open and being saved" in prompter.messages[1]


def test_a_plan_left_mid_save_opens_read_only_as_last_saved_and_then_for_editing(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """A plan a crash left in the middle of a save (a hot journal beside it): "Open
    Read-Only" shows it as it was last saved whole and says so in the status bar, never
    "damaged", and writes nothing; opening it for editing then rolls the journal back."""
    from tests.test_corpus import copy_of, fingerprint

    path = copy_of({"file": "plans/left-mid-save.clusterplan"}, tmp_path)
    journal = path.with_name(path.name + "-journal")
    before = fingerprint(path)
    assert journal.name in before
    assert window.open_plan(path, read_only=True)
    assert prompter.messages == []
    assert window.session is not None and window.session.read_only
    assert window.session.document.profile().name == "Ambato footwear cluster"
    status = window.statusBar().currentMessage()
    assert "was left in the middle of a save" in status and "read-only" in status
    assert "damaged" not in status
    window.close_plan()
    assert fingerprint(path) == before
    assert window.open_plan(path)
    assert window.session is not None and not window.session.read_only
    assert not journal.exists()
    assert window.statusBar().currentMessage().startswith("Opened “left-mid-save.clusterplan”")


def test_an_upgrade_cut_short_is_run_again_on_opening(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """An older plan whose upgrade a crash cut short (the new version already in its header,
    the journal beside it): opening it rolls the journal back first, so the upgrade runs
    again and the plan opens upgraded, its organisation kept, with the backup named."""
    from tests.test_corpus import copy_of

    path = copy_of({"file": "plans/upgrade-cut-short.clusterplan"}, tmp_path)
    assert window.open_plan(path)
    assert prompter.messages == []
    assert window.session is not None and not window.session.read_only
    document = window.session.document
    assert document.upgrade_backup is not None
    assert [o.name for o in document.organisations()]
    assert document.revisions() == []  # the newest schema's table is there
    assert "was upgraded" in window.statusBar().currentMessage()
