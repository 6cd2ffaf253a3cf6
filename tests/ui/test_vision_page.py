"""The Vision page: composer, drafts compared, adoption, objectives and indicators, traceability."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from cluster_planner.domain.enums import BaselineKind
from cluster_planner.domain.traceability import objective_trace, unanswered_top_items
from cluster_planner.services.plan_document import PlanDocument, new_id
from cluster_planner.ui.formats import format_number
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.vision_fields import item_codes
from cluster_planner.ui.vision_page import VisionPage

from .conftest import ScriptedPrompter


@pytest.fixture
def page(qtbot, session: PlanSession, prompter: ScriptedPrompter) -> VisionPage:
    """The Vision page over the demo plan, shown at projector size."""
    vision_page = VisionPage(session, prompter)
    qtbot.addWidget(vision_page)
    vision_page.resize(1280, 800)
    vision_page.show()
    qtbot.waitExposed(vision_page)
    return vision_page


@pytest.fixture
def read_only_session(qtbot, demo_path: Path) -> Iterator[PlanSession]:
    """A PlanSession over the demo plan opened read-only."""
    plan_session = PlanSession(PlanDocument.open(demo_path, read_only=True))
    yield plan_session
    plan_session.close()


def _subtree_texts(node: QTreeWidgetItem) -> list[str]:
    texts = [node.text(0)]
    for row in range(node.childCount()):
        texts.extend(_subtree_texts(node.child(row)))
    return texts


def test_demo_plan_fills_every_tab(page: VisionPage) -> None:
    """The demo's 5 elements, 2 drafts, version 1 and 5 objectives are listed."""
    assert page.elements.list.count() == 5
    assert page.drafts.list.count() == 2
    assert page.adopted.list.count() == 1
    assert page.objectives.list.count() == 5
    assert page.objectives.list.item(0).text().startswith("Obj1  Build and promote")
    assert "Vision version 1 in force" in page.subtitle.text()


def test_composer_proposal_follows_the_parts_typed(qtbot, page: VisionPage) -> None:
    """Each part typed changes the proposed statement; the hint names what is missing."""
    page.tabs.setCurrentWidget(page.drafts)
    page.drafts.add()
    composer = page.drafts.composer
    assert page.drafts.editing()
    assert "market positioning" in composer.missing.text()
    qtbot.keyClicks(composer.parts["positioning"], "the Andean home of quality knitwear")
    assert "Atuntaqui garment cluster is the Andean home of quality knitwear" in (
        composer.proposal.text()
    )
    composer.horizon_year.setValue(2032)
    assert composer.proposal.text().startswith("By 2032, ")
    qtbot.keyClicks(composer.parts["economic_target"], "sales grow by 40 %")
    composer.parts["inclusion_target"].insert("300 tejedoras aumentan sus ventas en un 25 %")
    assert "sales grow by 40 % and 300 tejedoras aumentan" in composer.proposal.text()
    assert composer.missing.text().startswith("The proposal has every part")


def test_use_proposal_and_save_creates_a_draft_undone_by_ctrl_z(
    qtbot, page: VisionPage, session: PlanSession
) -> None:
    """ "Use proposal" fills the statement; Save adds the draft with its parts; undo removes it."""
    page.tabs.setCurrentWidget(page.drafts)
    page.drafts.add()
    composer = page.drafts.composer
    composer.draft_title.setText("Draft C: exports first")
    qtbot.keyClicks(composer.parts["positioning"], "an exporter of quality knitwear")
    composer.horizon_year.setValue(2030)
    composer.parts["commitment"].insert("talleres más seguros")
    qtbot.mouseClick(composer.use_button, Qt.MouseButton.LeftButton)
    assert composer.statement.toPlainText() == composer.proposal.text()
    composer.statement.appendPlainText("Edited by the room.")
    composer.elements.set_checked(session.vision_elements()[0].id)
    qtbot.mouseClick(composer.save_button, Qt.MouseButton.LeftButton)

    drafts = session.vision_drafts()
    assert len(drafts) == 3
    new = drafts[-1]
    assert new.title == "Draft C: exports first"
    assert new.positioning == "an exporter of quality knitwear"
    assert new.horizon_year == 2030
    assert new.commitment == "talleres más seguros"
    assert new.statement.endswith("Edited by the room.")
    assert new.element_ids == (session.vision_elements()[0].id,)
    assert not page.drafts.editing()
    assert page.drafts.selected_id() == new.id

    session.undo_stack.undo()
    assert len(session.vision_drafts()) == 2
    assert page.drafts.list.count() == 2


def test_comparison_shows_two_drafts_and_names_the_leader(page: VisionPage) -> None:
    """Both demo drafts sit side by side in projected type; Draft A is named as leading."""
    comparison = page.drafts.comparison
    assert [d.title for d in comparison.drafts] == ["Draft A: brand first", "Draft B: people first"]
    assert comparison.summary.text() == "“Draft A: brand first” leads with 14 against 7."
    first, second = comparison.columns[:2]
    assert first.lead.text() == "★ Leading" and not first.lead.isHidden()
    assert second.lead.isHidden()
    assert first.votes.text() == "14 votes"
    assert first.statement.font().pointSizeF() >= 1.6 * page.font().pointSizeF()


def test_votes_change_the_leader(page: VisionPage, session: PlanSession) -> None:
    """Setting Draft B's tally to 20 is one undo step and makes it the leader."""
    page.drafts.select(session.vision_drafts()[1].id)
    page.drafts.set_votes(20)
    assert session.vision_drafts()[1].votes == 20
    assert page.drafts.comparison.summary.text().startswith("“Draft B: people first” leads")
    session.undo_stack.undo()
    assert session.vision_drafts()[1].votes == 7


def test_adopting_a_draft_makes_version_2_and_undo_restores_version_1(
    page: VisionPage, session: PlanSession
) -> None:
    """The in-page form adopts Draft B at the vision workshop; undo brings version 1 back."""
    page.tabs.setCurrentWidget(page.adopted)
    page.add_entry()
    form = page.adopted.form
    assert page.adopted.editing()
    draft_b = session.vision_drafts()[1]
    form.draft.setCurrentIndex(form.draft.findData(draft_b.id))
    workshop = next(m for m in session.meetings() if "vision workshop" in m.title)
    form.meeting.setCurrentIndex(form.meeting.findData(workshop.id))
    assert form.adopted_on.date() == workshop.date
    form.votes_for.set_count(18)
    form.votes_against.set_count(2)
    form.result.setText("Draft B adopted")
    form.adopt()

    versions = session.vision_versions()
    assert [v.number for v in versions] == [1, 2]
    assert versions[-1].statement == draft_b.statement
    assert not page.adopted.editing()
    view = page.adopted.view
    assert view.heading.text().startswith("Version 2, in force since")
    assert view.statement.text() == draft_b.statement
    assert "18 for · 2 against" in view.detail_labels["decision_rule"].text()

    session.undo_stack.undo()
    assert [v.number for v in session.vision_versions()] == [1]
    assert view.heading.text().startswith("Version 1, in force since")


def test_earlier_version_is_readable_and_starts_a_new_draft(
    page: VisionPage, session: PlanSession
) -> None:
    """Selecting version 1 shows it; "Start a new draft" copies it into the Drafts tab."""
    page.adopted.select(session.vision_versions()[0].id)
    page.adopted.draft_from_selected()
    drafts = session.vision_drafts()
    assert len(drafts) == 3
    assert drafts[-1].statement == session.vision_versions()[0].statement
    assert page.tabs.currentWidget() is page.drafts
    assert page.drafts.editing()
    assert page.drafts.composer.draft_id == drafts[-1].id


def test_element_of_an_adopted_vision_is_kept_with_a_sentence(
    page: VisionPage, session: PlanSession, prompter: ScriptedPrompter
) -> None:
    """Deleting an element version 1 names is refused in the page, not in a dialog."""
    page.tabs.setCurrentWidget(page.elements)
    page.elements.list.setCurrentRow(0)
    page.elements.delete_selected()
    assert len(session.vision_elements()) == 5
    assert not page.message.isHidden()
    assert "adopted vision version 1" in page.message.text()
    assert prompter.messages == []


def test_adding_an_element_with_its_options(qtbot, page: VisionPage, session: PlanSession) -> None:
    """A new element saved from the side form keeps the options ticked."""
    page.tabs.setCurrentWidget(page.elements)
    page.elements.add()
    qtbot.keyClicks(page.elements.name, "Clean production")
    option = session.options()[0]
    page.elements.options.set_checked(option.id)
    page.elements.save()
    element = session.vision_elements()[-1]
    assert element.name == "Clean production"
    assert element.option_ids == (option.id,)
    assert page.elements.selected_id() == element.id


def test_objective_with_an_indicator_from_a_profile_figure(
    qtbot, page: VisionPage, session: PlanSession
) -> None:
    """A new objective is flagged as not measurable until an indicator from a figure is added."""
    page.tabs.setCurrentWidget(page.objectives)
    panel = page.objectives
    panel.add()
    qtbot.keyClicks(panel.title, "Double exports of knitwear")
    panel.elements.set_checked(session.vision_elements()[0].id)
    panel.save()
    objective = session.objectives()[-1]
    assert objective.title == "Double exports of knitwear"
    assert panel.selected_id() == objective.id
    row = panel.list.currentRow()
    assert "Obj6  Double exports of knitwear" in panel.list.item(row).text()
    assert "Not measurable yet" in panel.list.item(row).text()
    assert "1 not measurable yet" in page.subtitle.text()

    panel.add_indicator()
    form = panel.indicator_form
    qtbot.keyClicks(form.fields["name"], "Exports of the cluster")
    qtbot.keyClicks(form.fields["unit"], "USD")
    exports = next(f for f in session.baseline_figures() if f.kind is BaselineKind.EXPORTS)
    form.choose_figure(exports.id)
    assert form.fields["baseline_value"].text() == format_number(exports.value)
    qtbot.keyClicks(form.fields["target_value"], "5600000")
    form.save()

    indicator = session.objectives()[-1].indicators[0]
    assert indicator.baseline_figure_id == exports.id
    assert indicator.baseline_value == exports.value
    assert indicator.baseline_date == exports.as_of
    assert indicator.target_value == 5_600_000
    assert panel.indicators.rowCount() == 1
    assert "Not measurable yet" not in panel.list.item(panel.list.currentRow()).text()


def test_demo_indicator_baseline_comes_from_the_exports_figure(
    page: VisionPage, session: PlanSession
) -> None:
    """The demo's exports indicator shows the figure's value in the table and in its form."""
    objective = next(
        o for o in session.objectives() if any(i.baseline_figure_id for i in o.indicators)
    )
    page.objectives.select(objective.id)
    figure = next(f for f in session.baseline_figures() if f.kind is BaselineKind.EXPORTS)
    assert format_number(figure.value) in page.objectives.indicators.item(0, 2).text()
    page.objectives.edit_indicator()
    form = page.objectives.indicator_form
    assert form.figure.currentData() == objective.indicators[0].baseline_figure_id
    assert not form.fields["baseline_value"].isEnabled()


def test_traceability_tree_lists_the_items_behind_an_objective(
    page: VisionPage, session: PlanSession
) -> None:
    """Each objective's branch reaches every SWOT item its trace names."""
    page.tabs.setCurrentWidget(page.traceability)
    snapshot = session.document.snapshot()
    codes = item_codes(session)
    for objective in session.objectives():
        node = page.traceability.objective_node(objective.id)
        assert node is not None
        texts = "\n".join(_subtree_texts(node))
        items = objective_trace(snapshot, objective.id).items
        assert items
        for item_id in items:
            assert f"SWOT {codes[item_id]} " in texts


def test_traceability_flags_objectives_without_actions_and_lists_their_actions(
    page: VisionPage, session: PlanSession
) -> None:
    """A new objective is flagged until an action carries it; then the action is listed."""
    page.tabs.setCurrentWidget(page.traceability)
    record = session.run(session.document.add_objective, title="Cleaner dyeing")
    assert record is not None
    objective_id = new_id(record, "objective")
    node = page.traceability.objective_node(objective_id)
    assert node is not None and node.text(0).startswith("⚠ ")
    assert "no action yet" in node.text(0)
    assert "objective has no action yet" in page.traceability.summary.text() or (
        "objectives have no action yet" in page.traceability.summary.text()
    )
    session.run(session.document.add_action, objective_id, title="Energy audit of dye houses")
    node = page.traceability.objective_node(objective_id)
    assert node is not None and not node.text(0).startswith("⚠ ")
    assert any("Energy audit of dye houses" in t for t in _subtree_texts(node))


def test_unanswered_top_items_are_listed_first_in_words(
    page: VisionPage, session: PlanSession
) -> None:
    """Deleting the women-led objective leaves S2 unanswered, listed first in words."""
    page.tabs.setCurrentWidget(page.traceability)
    view = page.traceability
    assert view.unanswered_texts() == []
    assert "Every top priority is answered" in view.summary.text()
    women = next(o for o in session.objectives() if o.title.startswith("Grow women-led"))
    session.run(session.document.delete_objective, women.id)
    unanswered = unanswered_top_items(session.document.snapshot())
    assert len(unanswered) == 1
    assert view.items.topLevelItem(0).text(0) == "⚠ Not answered by any objective yet"
    assert len(view.unanswered_texts()) == 1
    assert "Skilled knitters and machine operators" in view.unanswered_texts()[0]
    assert "1 top priority is not answered" in view.summary.text()


def test_traceability_waits_until_it_is_shown(page: VisionPage, session: PlanSession) -> None:
    """Changes made on another tab rebuild the traceability view when it is shown."""
    page.tabs.setCurrentWidget(page.traceability)
    page.tabs.setCurrentWidget(page.objectives)
    session.run(session.document.add_objective, title="Something new")
    assert page.traceability._dirty
    page.tabs.setCurrentWidget(page.traceability)
    assert not page.traceability._dirty
    assert page.traceability.objectives.topLevelItemCount() == 6


def test_read_only_session_disables_editing(
    qtbot, read_only_session: PlanSession, prompter: ScriptedPrompter
) -> None:
    """Opened read-only, every add, change, delete and adopt command is off."""
    page = VisionPage(read_only_session, prompter)
    qtbot.addWidget(page)
    page.show()
    for action in (page.add_action, page.edit_action, page.delete_action):
        assert not action.isEnabled()
    for button in (
        page.elements.add_button,
        page.elements.save_button,
        page.drafts.new_button,
        page.drafts.edit_button,
        page.adopted.adopt_button,
        page.adopted.redraft_button,
        page.objectives.add_button,
        page.objectives.add_indicator_button,
    ):
        assert not button.isEnabled()
    assert page.objectives.title.isReadOnly()
    page.tabs.setCurrentWidget(page.drafts)
    page.add_entry()
    assert not page.drafts.editing()
    assert "read-only" in page.subtitle.text()


def test_keyboard_insert_opens_the_composer(qtbot, page: VisionPage) -> None:
    """Insert on the Drafts tab opens the composer; Escape closes it."""
    page.tabs.setCurrentWidget(page.drafts)
    page.drafts.list.setFocus()
    qtbot.keyClick(page.drafts.list, Qt.Key.Key_Insert)
    assert page.drafts.editing()
    qtbot.keyClick(page.drafts.composer.draft_title, Qt.Key.Key_Escape)
    assert not page.drafts.editing()


def test_item_models_pass_the_model_tester(qtmodeltester, page: VisionPage) -> None:
    """Every list, table and tree model of the page is a well-behaved Qt item model."""
    page.tabs.setCurrentWidget(page.traceability)
    page.drafts.add()
    page.objectives.add_indicator()
    models = [
        page.elements.list.model(),
        page.elements.options.list.model(),
        page.elements.items.list.model(),
        page.drafts.list.model(),
        page.drafts.composer.elements.list.model(),
        page.adopted.list.model(),
        page.objectives.list.model(),
        page.objectives.elements.list.model(),
        page.objectives.options.list.model(),
        page.objectives.indicators.model(),
        page.traceability.objectives.model(),
        page.traceability.items.model(),
    ]
    for model in models:
        qtmodeltester.check(model)


def test_deleting_an_objective_says_its_actions_went_too(
    page: VisionPage, session: PlanSession
) -> None:
    """No question (it is one undo step), but a sentence naming how many actions went."""
    page.tabs.setCurrentWidget(page.objectives)
    objective = session.objectives()[1]
    carried = [a for a in session.actions() if a.objective_id == objective.id]
    assert carried
    page.objectives.select(objective.id)
    page.delete_entry()
    assert all(a.objective_id != objective.id for a in session.actions())
    assert page.message.isVisible()
    assert page.message.text().startswith(
        f"The objective and its {len(carried)} actions were deleted"
    )
    session.undo_stack.undo()
    assert len([a for a in session.actions() if a.objective_id == objective.id]) == len(carried)


def test_adopting_a_vision_with_open_plan_checks_says_so_in_the_page(
    page: VisionPage, session: PlanSession, prompter
) -> None:
    """The vision's adoption form shows the plan checks still open, in a line, no dialog."""
    page.tabs.setCurrentWidget(page.adopted)
    page.add_entry()
    form = page.adopted.form
    assert form.checks.isVisible()
    assert form.checks.text().startswith("The plan checks list 2 things to fix")
    assert prompter.messages == []
