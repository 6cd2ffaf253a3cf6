"""The roadmap's content model: sections chosen, fixed sentences, revisions, clean text."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cluster_planner.domain.diff import PlanChange
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports import roadmap as model
from cluster_planner.exports.roadmap import (
    ALL_SECTIONS,
    RevisionEntry,
    RoadmapOptions,
    Section,
    build_roadmap,
)
from cluster_planner.exports.text import clean, one_line


def _texts(part: model.Part) -> list[str]:
    found: list[str] = []
    for block in part.blocks:
        if isinstance(block, model.Heading | model.Paragraph):
            found.append(block.text)
        elif isinstance(block, model.Bullets):
            found.extend(block.items)
        elif isinstance(block, model.Table):
            found.extend(cell for row in block.rows for cell in row.cells)
        elif isinstance(block, model.Cover):
            found.extend((block.cluster, block.title, *block.lines))
    return found


def test_only_the_chosen_sections_in_document_order(
    demo_snapshot: PlanSnapshot, options: RoadmapOptions
) -> None:
    """Sections come in the document's order whatever order they were chosen in."""
    chosen = (Section.TIMELINE, Section.COVER, Section.BUDGET)
    roadmap = build_roadmap(demo_snapshot, dataclasses.replace(options, sections=chosen))
    assert [p.section for p in roadmap.parts] == [Section.COVER, Section.TIMELINE, Section.BUDGET]
    assert roadmap.headings() == ["Timeline", "Budget by source"]


def test_every_section_has_its_own_builder(
    demo_snapshot: PlanSnapshot, options: RoadmapOptions
) -> None:
    """The section table names one builder per section, and each writes its own heading."""
    assert set(model.SECTION_BUILDERS) == set(Section)
    assert len(set(model.SECTION_BUILDERS.values())) == len(Section)
    roadmap = build_roadmap(demo_snapshot, dataclasses.replace(options, sections=ALL_SECTIONS))
    assert [part.section for part in roadmap.parts] == list(ALL_SECTIONS)
    assert all(part.blocks for part in roadmap.parts)


def test_wide_parts_are_landscape(demo_snapshot: PlanSnapshot, options: RoadmapOptions) -> None:
    """The action plan, timeline and monitoring table are laid out on landscape pages."""
    roadmap = build_roadmap(demo_snapshot, options)
    wide = {p.section for p in roadmap.parts if p.landscape}
    assert wide == {Section.ACTION_PLAN, Section.TIMELINE, Section.MONITORING}
    assert [p.section for p in roadmap.parts] == list(ALL_SECTIONS)


def test_action_plan_lists_every_action_under_its_objective(
    demo_snapshot: PlanSnapshot, options: RoadmapOptions
) -> None:
    """One group row per objective, one row per action, and the plan total."""
    roadmap = build_roadmap(
        demo_snapshot, dataclasses.replace(options, sections=(Section.ACTION_PLAN,))
    )
    (table,) = [b for b in roadmap.parts[0].blocks if isinstance(b, model.Table)]
    kinds = [r.kind for r in table.rows]
    assert kinds.count("group") == len(demo_snapshot.objectives)
    assert kinds.count("body") == len(demo_snapshot.actions)
    assert kinds[-1] == "total"


def test_an_empty_history_says_so(demo_snapshot: PlanSnapshot, options: RoadmapOptions) -> None:
    """Without adopted revisions, the history says none has been adopted yet."""
    roadmap = build_roadmap(
        demo_snapshot, dataclasses.replace(options, sections=(Section.REVISIONS,))
    )
    assert "No revision of this plan has been adopted yet." in _texts(roadmap.parts[0])


def test_revisions_print_their_changes_and_the_cover_names_the_revision(
    demo_snapshot: PlanSnapshot, options: RoadmapOptions
) -> None:
    """The history lists each revision with its changes; the cover and header name it."""
    change = PlanChange(
        "action_dropped", "action", 7, "A1.6 “Fair stand”: dropped (No money).", reason="No money"
    )
    history = (
        RevisionEntry(1, "First plan", dt.date(2026, 3, 19), "Commission, 19 March 2026"),
        RevisionEntry(
            2,
            "Mid-year review",
            dt.date(2026, 9, 1),
            "Review meeting",
            "Adopted",
            "Budget cut",
            (change,),
        ),
    )
    chosen = dataclasses.replace(
        options, revision=history[1], sections=(Section.COVER, Section.REVISIONS)
    )
    roadmap = build_roadmap(demo_snapshot, chosen, history)
    cover, revisions = roadmap.parts
    assert "Revision 2, adopted on 1 September 2026" in _texts(cover)
    assert "Endorsed at: Review meeting" in _texts(cover)
    assert roadmap.revision_label == "Revision 2 of 1 September 2026"
    texts = _texts(revisions)
    assert "Revision 2: Mid-year review" in texts
    assert "A1.6 “Fair stand”: dropped (No money)." in texts
    assert "Changes since revision 1:" in texts


def test_commitments_give_each_organisation_a_sheet_long_ones_their_own_page(
    demo_snapshot: PlanSnapshot, options: RoadmapOptions
) -> None:
    """Who committed to what: a level-2 heading per organisation; a long sheet starts a new
    page, a short one is kept whole and follows the one before."""
    roadmap = build_roadmap(
        demo_snapshot, dataclasses.replace(options, sections=(Section.COMMITMENTS,))
    )
    blocks = roadmap.parts[0].blocks
    groups = [b for b in blocks if isinstance(b, model.Group)]
    flat = [inner for b in blocks for inner in (b.blocks if isinstance(b, model.Group) else (b,))]
    sheets = [b for b in flat if isinstance(b, model.Heading) and b.level == 2]
    breaks = [b for b in blocks if isinstance(b, model.PageBreak)]
    assert len(sheets) >= 10
    assert groups and breaks
    assert len(breaks) + len(groups) <= len(sheets)
    for group in groups:
        rows = sum(len(b.rows) for b in group.blocks if isinstance(b, model.Table))
        assert rows <= model.SHORT_SHEET_ROWS


def test_user_text_shows_its_control_characters_and_is_isolated_where_it_could_reorder() -> None:
    """Control characters are shown as their pictures (never silently dropped); everything
    else stays as typed; a right-to-left name or a directional override is isolated."""
    assert clean("a\x00b\x0bc\td\r\ne\x7f<img src=x>&") == "a␀b␋c\td\ne␡<img src=x>&"
    assert one_line("  two\n lines\t ") == "two lines"
    assert one_line("RLO\u202e") == "\u2068RLO\u202e\u2069"
    assert one_line("Genet") == "Genet"


def test_monitoring_shows_the_latest_value_measured(
    demo_snapshot: PlanSnapshot, options: RoadmapOptions
) -> None:
    """The Actual column holds each indicator's latest measurement with its date."""
    from cluster_planner.domain.entities import Measurement

    indicator = demo_snapshot.objectives[0].indicators[0]
    measurements = (
        Measurement(901, indicator.id, dt.date(2026, 3, 1), 5.0),
        Measurement(902, indicator.id, dt.date(2026, 9, 1), 12.0),
    )
    snapshot = dataclasses.replace(demo_snapshot, measurements=measurements)
    chosen = dataclasses.replace(options, sections=(Section.MONITORING,))
    (table,) = [
        b for b in build_roadmap(snapshot, chosen).parts[0].blocks if isinstance(b, model.Table)
    ]
    row = next(r for r in table.rows if r.kind == "body" and r.cells[1] == indicator.name)
    assert row.cells[4].startswith("12 ") and row.cells[4].endswith("(1 Sep 2026)")
