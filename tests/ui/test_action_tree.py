"""The objectives → actions tree of the Action plan page, over a small plan built here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.enums import ActionStatus, StakeholderType
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.action_tree import COLUMNS_KEY, ActionTree
from cluster_planner.ui.action_tree_model import COLUMNS, ID_ROLE, ActionTreeModel
from cluster_planner.ui.plan_session import PlanSession

from .conftest import ScriptedPrompter

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _build_plan(path: Path) -> dict[str, int]:
    """Three objectives (the third without actions), two organisations, six actions."""
    document = PlanDocument.create(path)
    ids: dict[str, int] = {}
    try:
        for key, name, acronym in (
            ("chamber", "Cámara de Comercio de Antonio Ante", "CCAA"),
            ("school", "Instituto Tecnológico Textil", ""),
        ):
            record = document.add_organisation(
                name=name, acronym=acronym, stakeholder_type=StakeholderType.BUSINESS_ASSOCIATION
            )
            ids[key] = inserted_id(record, "organisation")
        for key, title in (
            ("o1", "Build and promote the Atuntaqui brand"),
            ("o2", "Raise design and production skills"),
            ("o3", "Open export channels"),
        ):
            ids[key] = inserted_id(document.add_objective(title=title), "objective")
        actions = (
            ("brand", "o1", "Common brand for Atuntaqui knitwear", "chamber", "approved"),
            ("fair", "o1", "Trade fair stand in Quito", "chamber", "proposed"),
            ("yarn", "o1", "Joint purchase of yarn", "school", "in_progress"),
            ("patterns", "o2", "Training in pattern design", "school", "proposed"),
            ("machine", "o2", "Shared embroidery machine", None, "proposed"),
        )
        for key, objective, title, lead, status in actions:
            record = document.add_action(
                ids[objective],
                title=title,
                lead_id=ids[lead] if lead else None,
                status=status,
                start_date=dt.date(2026, 3, 1),
                end_date=dt.date(2026, 9, 30),
            )
            ids[key] = inserted_id(record, "action")
        document.add_partner(ids["brand"], organisation_id=ids["school"])
        document.add_cost_line(ids["brand"], amount=1200.0)
        document.add_cost_line(ids["fair"], amount=800.0)
    finally:
        document.close()
    return ids


@pytest.fixture
def plan(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A small plan file and the ids of what is in it."""
    path = tmp_path / "plan.clusterplan"
    return path, _build_plan(path)


@pytest.fixture
def ids(plan: tuple[Path, dict[str, int]]) -> dict[str, int]:
    """The ids of the plan's organisations, objectives and actions by short name."""
    return plan[1]


@pytest.fixture
def session(qtbot, plan: tuple[Path, dict[str, int]]) -> Iterator[PlanSession]:
    """A PlanSession over the small plan."""
    plan_session = PlanSession(PlanDocument.open(plan[0]))
    yield plan_session
    plan_session.close()


@pytest.fixture
def column_settings(tmp_path: Path) -> QSettings:
    """Private settings, so the person's real column choice is never touched."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _show(qtbot, session: PlanSession, prompter, settings: QSettings) -> ActionTree:
    tree = ActionTree(session, prompter, settings=settings)
    qtbot.addWidget(tree)
    tree.resize(1000, 600)
    tree.show()
    qtbot.waitExposed(tree)
    return tree


@pytest.fixture
def tree(
    qtbot, session: PlanSession, prompter: ScriptedPrompter, column_settings: QSettings
) -> ActionTree:
    """The tree over the small plan, shown."""
    return _show(qtbot, session, prompter, column_settings)


def _codes(model: ActionTreeModel) -> dict[str, list[str]]:
    """Each objective row's code with the codes of the action rows under it."""
    code = ActionTreeModel.column_of("code")
    found: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        objective = model.index(row, code)
        parent = objective.siblingAtColumn(0)
        found[objective.data()] = [
            model.index(r, code, parent).data() for r in range(model.rowCount(parent))
        ]
    return found


def _titles(model: ActionTreeModel, objective_id: int) -> list[str]:
    parent = model.objective_index(objective_id)
    title = ActionTreeModel.column_of("title")
    return [model.index(r, title, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_the_model_tester(qtmodeltester, tree: ActionTree) -> None:
    """The tree model keeps Qt's model rules, unfiltered and filtered."""
    qtmodeltester.check(tree.model)
    tree.search.setText("brand")
    qtmodeltester.check(tree.model)


def test_rows_show_codes_leads_and_totals(tree: ActionTree, ids: dict[str, int]) -> None:
    """Objectives Obj1 … with their actions A1.1 …; leads by acronym; budgets summed."""
    model = tree.model
    assert _codes(model) == {"Obj1": ["A1.1", "A1.2", "A1.3"], "Obj2": ["A2.1", "A2.2"], "Obj3": []}
    brand = model.action_index(ids["brand"])
    assert brand.data(ID_ROLE) == ("action", ids["brand"])
    assert model.objective_index(ids["o1"]).data(ID_ROLE) == ("objective", ids["o1"])
    lead = brand.siblingAtColumn(ActionTreeModel.column_of("lead"))
    assert lead.data() == "CCAA"
    school_lead = model.action_index(ids["yarn"], ActionTreeModel.column_of("lead"))
    assert school_lead.data() == "Instituto Tecnológico Textil"
    budget = ActionTreeModel.column_of("budget")
    assert "1200" in model.action_index(ids["brand"], budget).data().replace(",", "")
    assert "2000" in model.objective_index(ids["o1"], budget).data().replace(",", "")
    status = ActionTreeModel.column_of("status")
    assert model.objective_index(ids["o1"], status).data() == "3 actions"
    assert model.objective_index(ids["o3"], status).data() == "No actions yet"


def test_codes_stay_when_another_action_moves(
    tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Moving A1.1 to O2 makes it A2.3; A1.2 and A1.3 keep their codes."""
    session.run(session.document.move_action, ids["brand"], ids["o2"], 2)
    assert _codes(tree.model) == {
        "Obj1": ["A1.2", "A1.3"],
        "Obj2": ["A2.1", "A2.2", "A2.3"],
        "Obj3": [],
    }
    assert tree.model.code(ids["brand"]) == "A2.3"


def test_drop_moves_an_action_and_one_undo_puts_it_back(
    tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Dropping A1.3 first under O2 is one undo step; undo puts it back as A1.3."""
    model = tree.model
    data = model.mimeData([model.action_index(ids["yarn"])])
    o2 = model.objective_index(ids["o2"])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, o2)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    steps = session.undo_stack.count()
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, o2)
    assert session.undo_stack.count() == steps + 1
    assert _titles(model, ids["o2"])[0] == "Joint purchase of yarn"
    assert model.code(ids["yarn"]) == "A2.3"
    session.undo_stack.undo()
    assert _titles(model, ids["o1"])[2] == "Joint purchase of yarn"
    assert model.code(ids["yarn"]) == "A1.3"


def test_drop_within_an_objective_counts_rows_before_the_move(
    tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Dropping A1.1 before the third row puts it second; dropping on itself does nothing."""
    model = tree.model
    o1 = model.objective_index(ids["o1"])
    data = model.mimeData([model.action_index(ids["brand"])])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, o1)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, o1)
    assert _titles(model, ids["o1"]) == [
        "Trade fair stand in Quito",
        "Common brand for Atuntaqui knitwear",
        "Joint purchase of yarn",
    ]
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, o1)
    assert _titles(model, ids["o1"])[-1] == "Common brand for Atuntaqui knitwear"


def test_keyboard_moves_keep_the_selection(
    qtbot, tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Ctrl+Down and Ctrl+Shift+Down move the action; it stays selected, through undo too."""
    assert tree.select_action(ids["brand"])
    tree.view.setFocus()
    qtbot.keyClick(tree.view, Qt.Key.Key_Down, CTRL)
    assert _titles(tree.model, ids["o1"])[:2] == [
        "Trade fair stand in Quito",
        "Common brand for Atuntaqui knitwear",
    ]
    assert tree.current_action_id() == ids["brand"]
    qtbot.keyClick(tree.view, Qt.Key.Key_Down, CTRL | SHIFT)
    assert _titles(tree.model, ids["o2"])[-1] == "Common brand for Atuntaqui knitwear"
    assert tree.current_action_id() == ids["brand"]
    assert tree.model.code(ids["brand"]) == "A2.3"
    qtbot.keyClick(tree.view, Qt.Key.Key_Up, CTRL)
    assert _titles(tree.model, ids["o2"])[1] == "Common brand for Atuntaqui knitwear"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _titles(tree.model, ids["o1"])[1] == "Common brand for Atuntaqui knitwear"
    assert tree.current_action_id() == ids["brand"]
    session.undo_stack.redo()
    assert tree.model.code(ids["brand"]) == "A2.3"
    assert tree.current_action_id() == ids["brand"]


def test_moves_stop_at_the_ends(tree: ActionTree, ids: dict[str, int]) -> None:
    """The first action cannot move up nor the last objective's action move on."""
    tree.select_action(ids["brand"])
    assert not tree.move_up.isEnabled()
    assert not tree.move_to_previous_objective.isEnabled()
    assert tree.move_down.isEnabled() and tree.move_to_next_objective.isEnabled()
    tree.select_objective(ids["o1"])
    assert not tree.move_down.isEnabled()
    assert tree.renumber.isEnabled()


def test_insert_adds_an_action_whose_title_is_typed_straight_away(
    qtbot, tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Insert adds "New action" after the current one and opens its title; Enter commits."""
    tree.select_action(ids["brand"])
    tree.view.setFocus()
    qtbot.keyClick(tree.view, Qt.Key.Key_Insert)
    new_id = tree.current_action_id()
    assert new_id not in ids.values()
    assert _titles(tree.model, ids["o1"])[1] == "New action"
    assert tree.view.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.selectedText() == "New action"  # typing replaces it
    qtbot.keyClicks(editor, "Shared dye house")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits once the editor has seen the key (a queued call).
    qtbot.waitUntil(lambda: _titles(tree.model, ids["o1"])[1] == "Shared dye house")
    assert tree.model.code(new_id) == "A1.4"
    # Adding and naming are one step: one undo takes the new action away.
    assert session.undo_stack.undoText() == "Add action “Shared dye house”"
    assert tree.current_action_id() == new_id
    steps = session.undo_stack.count()
    session.undo_stack.undo()
    assert new_id not in tree.model.action_ids(ids["o1"])
    session.undo_stack.redo()
    assert _titles(tree.model, ids["o1"])[1] == "Shared dye house"
    assert session.undo_stack.count() == steps


def test_titles_edit_in_place_through_the_session(
    tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """setData runs update_action (one undo step) and refuses an empty title."""
    title = tree.model.action_index(ids["fair"], ActionTreeModel.column_of("title"))
    assert tree.model.setData(title, "  Trade fair stand in Guayaquil ")
    assert session.document.action(ids["fair"]).title == "Trade fair stand in Guayaquil"
    assert not tree.model.setData(title, "   ")
    code = tree.model.action_index(ids["fair"], ActionTreeModel.column_of("code"))
    assert not tree.model.flags(code) & Qt.ItemFlag.ItemIsEditable
    session.undo_stack.undo()
    assert title.data() == "Trade fair stand in Quito"


def test_a_field_edit_repaints_its_row_without_a_reset(
    qtbot, tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Changing an action's status emits dataChanged for its row; the model is not reset."""
    with (
        qtbot.assertNotEmitted(tree.model.modelReset),
        qtbot.waitSignal(tree.model.dataChanged) as changed,
    ):
        session.run(session.document.update_action, ids["patterns"], status=ActionStatus.DELAYED)
    assert changed.args[0] == tree.model.action_index(ids["patterns"])
    status = tree.model.action_index(ids["patterns"], ActionTreeModel.column_of("status"))
    assert status.data() == "Delayed"


def test_the_model_follows_every_change_exactly(
    tree: ActionTree, session: PlanSession, ids: dict[str, int], monkeypatch
) -> None:
    """Edits, children, moves, deletes, undo and redo are followed row by row, never re-read."""
    re_reads: list[bool] = []
    monkeypatch.setattr(tree.model, "refresh", lambda: re_reads.append(True))
    session.run(
        session.document.update_action,
        ids["fair"],
        title="Fair stand",
        status=ActionStatus.APPROVED,
    )
    session.run(
        session.document.add_partner, ids["fair"], organisation_id=ids["school"], amount=300.0
    )
    session.run(
        session.document.add_milestone, ids["fair"], title="Stand booked", date=dt.date(2026, 4, 1)
    )
    session.run(session.document.add_cost_line, ids["patterns"], amount=450.5)
    session.run(session.document.move_action, ids["machine"], ids["o3"], 0)
    session.run(session.document.delete_action, ids["brand"])
    session.run(session.document.renumber_actions, ids["o1"])
    session.run(session.document.update_organisation, ids["chamber"], acronym="CCA")
    session.run(session.document.update_objective, ids["o2"], title="Raise skills")
    session.run(session.document.add_indicator, ids["o2"], name="Firms trained")
    session.run(session.document.add_action_indicator, ids["fair"], name="Buyers met")
    for _ in range(6):
        session.undo_stack.undo()
    session.undo_stack.redo()
    expected = {a.id: a for a in session.document.actions()}
    shown = [i for o in tree.model.objectives() for i in tree.model.action_ids(o.id)]
    assert sorted(shown) == sorted(expected)
    assert {i: tree.model.action(i) for i in expected} == expected
    assert tree.model.objectives() == sorted(
        session.document.objectives(), key=lambda o: (o.position, o.id)
    )
    fresh = ActionTreeModel(session)
    assert _codes(fresh) == _codes(tree.model)
    assert not re_reads


def test_filters_narrow_the_rows_and_clear_restores_them(
    tree: ActionTree, ids: dict[str, int]
) -> None:
    """Text, lead and status each narrow the tree; objectives without a match go; Clear."""
    tree.search.setText("brand")
    assert _codes(tree.model) == {"Obj1": ["A1.1"]}
    assert tree.current_action_id() == ids["brand"]
    tree.search.setText("a2.")
    assert _codes(tree.model) == {"Obj2": ["A2.1", "A2.2"]}
    tree.search.clear()
    tree.lead_filter.setCurrentIndex(tree.lead_filter.findData(ids["school"]))
    assert _codes(tree.model) == {"Obj1": ["A1.3"], "Obj2": ["A2.1"]}
    tree.status_filter.setCurrentIndex(tree.status_filter.findData("proposed"))
    assert _codes(tree.model) == {"Obj2": ["A2.1"]}
    tree.clear_button.click()
    assert _codes(tree.model) == {
        "Obj1": ["A1.1", "A1.2", "A1.3"],
        "Obj2": ["A2.1", "A2.2"],
        "Obj3": [],
    }
    assert tree.lead_filter.currentIndex() == 0 and not tree.search.text()


def test_partner_and_objective_filters(tree: ActionTree, ids: dict[str, int]) -> None:
    """The partner filter finds actions an organisation takes part in; objective limits."""
    tree.partner_filter.setCurrentIndex(tree.partner_filter.findData(ids["school"]))
    assert _codes(tree.model) == {"Obj1": ["A1.1"]}
    tree.clear_filter()
    tree.objective_filter.setCurrentIndex(tree.objective_filter.findData(ids["o2"]))
    assert _codes(tree.model) == {"Obj2": ["A2.1", "A2.2"]}
    assert tree.select_action(ids["brand"])  # a hidden action clears the filter
    assert len(_codes(tree.model)) == 3


def test_selection_signals_name_the_current_row(tree: ActionTree, ids: dict[str, int]) -> None:
    """An objective row emits objective_selected and action_selected(None), and back."""
    tree.select_action(ids["fair"])
    heard: list[tuple[str, object]] = []
    tree.objective_selected.connect(lambda value: heard.append(("objective", value)))
    tree.action_selected.connect(lambda value: heard.append(("action", value)))
    tree.select_objective(ids["o2"])
    assert heard == [("objective", ids["o2"]), ("action", None)]
    assert tree.current_objective_id() == ids["o2"]
    heard.clear()
    tree.select_action(ids["machine"])
    assert heard == [("objective", None), ("action", ids["machine"])]
    assert tree.current_objective_id() == ids["o2"]
    heard.clear()
    tree.search.setText("shared")  # the current action still shows: nothing to tell
    assert heard == []


def test_delete_asks_only_when_partners_costs_or_milestones_go_too(
    tree: ActionTree, session: PlanSession, prompter: ScriptedPrompter, ids: dict[str, int]
) -> None:
    """A bare action goes at once; one with a partner and costs asks; No keeps it."""
    tree.select_action(ids["machine"])
    tree.delete_action.trigger()
    assert tree.model.action(ids["machine"]) is None and not prompter.messages
    assert tree.current_action_id() == ids["patterns"]
    tree.select_action(ids["brand"])
    prompter.confirmation = False
    tree.delete_action.trigger()
    assert tree.model.action(ids["brand"]) is not None
    assert "1 partner, 1 cost line" in prompter.messages[0]
    prompter.confirmation = True
    tree.delete_action.trigger()
    assert tree.model.action(ids["brand"]) is None
    assert tree.current_action_id() == ids["fair"]


def test_renumber_closes_the_gaps(
    tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """After A1.1 leaves, renumbering O1 makes A1.2 and A1.3 into A1.1 and A1.2."""
    session.run(session.document.delete_action, ids["brand"])
    tree.select_action(ids["fair"])
    tree.renumber.trigger()
    assert _codes(tree.model)["Obj1"] == ["A1.1", "A1.2"]
    assert tree.current_action_id() == ids["fair"]


def test_hidden_and_shown_columns_are_remembered(
    qtbot,
    session: PlanSession,
    prompter: ScriptedPrompter,
    column_settings: QSettings,
) -> None:
    """The default columns show; hiding Budget and showing Progress lasts into a new tree."""
    tree = _show(qtbot, session, prompter, column_settings)
    shown = [key for key in COLUMNS if not tree.view.isColumnHidden(tree.model.column_of(key))]
    assert shown == ["code", "title", "lead", "status", "start", "end", "budget"]
    tree.column_actions["budget"].trigger()
    tree.column_actions["progress"].trigger()
    assert tree.view.isColumnHidden(ActionTreeModel.column_of("budget"))
    assert column_settings.value(COLUMNS_KEY) is not None
    again = _show(qtbot, session, prompter, column_settings)
    assert again.view.isColumnHidden(ActionTreeModel.column_of("budget"))
    assert not again.view.isColumnHidden(ActionTreeModel.column_of("progress"))
    assert not again.column_actions["title"].isEnabled()


def test_read_only_plan_disables_editing(
    qtbot,
    plan: tuple[Path, dict[str, int]],
    prompter: ScriptedPrompter,
    column_settings: QSettings,
) -> None:
    """Opened read-only: no add, delete, move, renumber, title editing or dragging."""
    read_only = PlanSession(PlanDocument.open(plan[0], read_only=True))
    try:
        tree = _show(qtbot, read_only, prompter, column_settings)
        tree.select_action(plan[1]["fair"])
        assert not any(action.isEnabled() for action in tree.edit_actions())
        title = tree.model.action_index(plan[1]["fair"], ActionTreeModel.column_of("title"))
        assert tree.model.flags(title) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        assert tree.view.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
        data = tree.model.mimeData([title])
        assert not tree.model.dropMimeData(
            data, Qt.DropAction.MoveAction, 0, 0, tree.model.objective_index(plan[1]["o2"])
        )
        tree.delete_current()
        assert tree.model.action(plan[1]["fair"]) is not None
    finally:
        read_only.close()


def test_a_plan_without_objectives_says_where_they_are_set(
    qtbot, tmp_path: Path, prompter: ScriptedPrompter, column_settings: QSettings
) -> None:
    """No objectives: a sentence in place of the tree points to the Vision page."""
    empty = PlanSession(PlanDocument.create(tmp_path / "empty.clusterplan"))
    try:
        tree = _show(qtbot, empty, prompter, column_settings)
        assert tree.stack.currentWidget() is tree.empty_hint
        assert "Vision page" in tree.empty_hint.text()
        assert not tree.add_action.isEnabled()
        empty.run(empty.document.add_objective, title="Open export channels")
        assert tree.stack.currentWidget() is not tree.empty_hint
        assert tree.add_action.isEnabled()
    finally:
        empty.close()


def test_a_drop_onto_an_action_places_the_dragged_one_after_it(
    tree: ActionTree, session: PlanSession, ids: dict[str, int]
) -> None:
    """Dropping A1.3 onto the first action of O2 (not between rows) puts it second there."""
    model = tree.model
    data = model.mimeData([model.action_index(ids["yarn"])])
    first_of_o2 = model.index(0, 0, model.objective_index(ids["o2"]))
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, first_of_o2)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, first_of_o2)
    assert _titles(model, ids["o2"])[1] == "Joint purchase of yarn"
