"""Actions and queries of the vision: elements, drafts, adoption, objectives and indicators."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.entities import (
    BaselineFigure,
    Indicator,
    Objective,
    VisionDraft,
    VisionElement,
    VisionVersion,
)
from cluster_planner.domain.errors import NotFound, ValidationError
from cluster_planner.domain.records import from_mapping, to_row
from cluster_planner.domain.rules import check_record
from cluster_planner.services.action_plan import delete_measurements, delete_objective_actions
from cluster_planner.services.document_core import (
    DocumentCore,
    check_fields,
    read_with_links,
    replace_links,
    validated_entity,
)
from cluster_planner.services.recorder import Recorder
from cluster_planner.storage import schema

# For each entity: its list fields held in link tables, as (link table, owner column, value column).
_LINKS: dict[type[Any], dict[str, tuple[Table, str, str]]] = {
    VisionElement: {
        "option_ids": (schema.element_option, "element_id", "option_id"),
        "item_ids": (schema.element_item, "element_id", "item_id"),
    },
    VisionDraft: {
        "element_ids": (schema.draft_element, "draft_id", "element_id"),
        "phone_votes": (schema.phone_draft_vote, "draft_id", "device"),
    },
    VisionVersion: {"element_ids": (schema.version_element, "version_id", "element_id")},
    Objective: {
        "element_ids": (schema.objective_element, "objective_id", "element_id"),
        "option_ids": (schema.objective_option, "objective_id", "option_id"),
    },
}


def _read(conn: Connection, cls: type[Any], table: Table, order: Sequence[Any]) -> list[Any]:
    return read_with_links(conn, cls, table, order, _LINKS.get(cls, {}))


def _write_links(r: Recorder, cls: type[Any], owner_id: int, entity: Any, old: Any | None) -> None:
    """Make the link tables of ``entity`` match its list fields (``old``: its previous state)."""
    for field, (link, owner, value) in _LINKS[cls].items():
        before = getattr(old, field) if old is not None else ()
        after = tuple(sorted(set(getattr(entity, field))))
        replace_links(r, link, owner, owner_id, value, before, after)


class VisionActions(DocumentCore):
    """The Vision step: from the top options to an adopted vision and its objectives."""

    # --- queries ---------------------------------------------------------------------

    def vision_elements(self) -> list[VisionElement]:
        """The named elements of the vision, in their order."""
        t = schema.vision_element
        with self._file.engine.connect() as conn:
            return _read(conn, VisionElement, t, (t.c.position, t.c.id))

    def vision_drafts(self) -> list[VisionDraft]:
        """The drafts of the vision statement, in their order."""
        t = schema.vision_draft
        with self._file.engine.connect() as conn:
            return _read(conn, VisionDraft, t, (t.c.position, t.c.id))

    def vision_versions(self) -> list[VisionVersion]:
        """Every adopted version of the vision, oldest first."""
        t = schema.vision_version
        with self._file.engine.connect() as conn:
            return _read(conn, VisionVersion, t, (t.c.number,))

    def current_vision(self) -> VisionVersion | None:
        """The vision in force: the latest adopted version, if any."""
        versions = self.vision_versions()
        return versions[-1] if versions else None

    def objectives(self) -> list[Objective]:
        """The strategic objectives with their indicators, in their order."""
        t, i = schema.objective, schema.indicator
        with self._file.engine.connect() as conn:
            indicators: dict[int, list[Indicator]] = defaultdict(list)
            for row in conn.execute(select(i).order_by(i.c.position, i.c.id)).mappings():
                if row["objective_id"] is None:
                    continue  # an action's indicator
                indicators[row["objective_id"]].append(
                    from_mapping(
                        Indicator,
                        {k: v for k, v in row.items() if k not in ("objective_id", "action_id")},
                    )
                )
            return [
                dataclasses.replace(o, indicators=tuple(indicators.get(o.id, ())))
                for o in _read(conn, Objective, t, (t.c.position, t.c.id))
            ]

    def _find(self, entities: Sequence[Any], kind: str, entity_id: int) -> Any:
        for entity in entities:
            if entity.id == entity_id:
                return entity
        raise NotFound(kind, entity_id)

    # --- vision elements ----------------------------------------------------------------

    def add_vision_element(self, **fields: Any) -> ChangeRecord:
        """Name an element of the vision (name; description, option_ids, item_ids)."""
        check_fields(VisionElement, fields)
        element = self._checked_links(validated_entity(VisionElement, {"id": 0, **fields}))

        def body(r: Recorder) -> None:
            row = to_row(element, exclude=("id", *_LINKS[VisionElement]))
            new = r.insert(
                schema.vision_element, {**row, "position": _next(r, schema.vision_element)}
            )
            _write_links(r, VisionElement, new["id"], element, None)

        return self._run("add_vision_element", element.name, body)

    def update_vision_element(self, element_id: int, **fields: Any) -> ChangeRecord:
        """Change an element's name, description or the options and items it comes from."""
        current = self._find(self.vision_elements(), "vision_element", element_id)
        element = self._checked_links(self._edited(VisionElement, current, fields))
        return self._run(
            "update_vision_element",
            element.name,
            lambda r: self._update_with_links(
                r, VisionElement, schema.vision_element, current, element, fields
            ),
        )

    def delete_vision_element(self, element_id: int) -> ChangeRecord:
        """Remove an element that no adopted vision names, with its links."""
        element = self._find(self.vision_elements(), "vision_element", element_id)
        adopted = [v.number for v in self.vision_versions() if element_id in v.element_ids]
        if adopted:
            raise ValidationError(
                "element_ids", f"is part of adopted vision version {adopted[0]} and is kept"
            )

        def body(r: Recorder) -> None:
            for link in (schema.element_option, schema.element_item):
                r.delete_where(link, element_id=element_id)
            for link in (schema.draft_element, schema.objective_element):
                r.delete_where(link, element_id=element_id)
            r.delete(schema.vision_element, {"id": element_id})

        return self._run("delete_vision_element", element.name, body)

    # --- drafts and adoption --------------------------------------------------------------

    def add_vision_draft(self, **fields: Any) -> ChangeRecord:
        """Keep a draft statement (title, statement, the composer's parts, element_ids)."""
        check_fields(VisionDraft, fields)
        draft = self._checked_draft(validated_entity(VisionDraft, {"id": 0, **fields}))

        def body(r: Recorder) -> None:
            row = to_row(draft, exclude=("id", "element_ids", "phone_votes"))
            new = r.insert(schema.vision_draft, {**row, "position": _next(r, schema.vision_draft)})
            _write_links(r, VisionDraft, new["id"], draft, None)

        return self._run("add_vision_draft", draft.title, body)

    def update_vision_draft(self, draft_id: int, **fields: Any) -> ChangeRecord:
        """Change a draft: its text, parts, elements, or the votes it received."""
        if "phone_votes" in fields:
            raise TypeError("phones vote through set_phone_draft_vote")
        current = self._find(self.vision_drafts(), "vision_draft", draft_id)
        draft = self._checked_draft(self._edited(VisionDraft, current, fields))
        return self._run(
            "update_vision_draft",
            draft.title,
            lambda r: self._update_with_links(
                r, VisionDraft, schema.vision_draft, current, draft, fields
            ),
        )

    def delete_vision_draft(self, draft_id: int) -> ChangeRecord:
        """Remove a draft; an adopted version made from it keeps its own text."""
        draft = self._find(self.vision_drafts(), "vision_draft", draft_id)

        def body(r: Recorder) -> None:
            r.update_where(schema.vision_version, {"draft_id": None}, draft_id=draft_id)
            r.delete_where(schema.draft_element, draft_id=draft_id)
            r.delete_where(schema.phone_draft_vote, draft_id=draft_id)
            r.delete(schema.vision_draft, {"id": draft_id})

        return self._run("delete_vision_draft", draft.title, body)

    def draft_from_version(self, version_id: int, title: str) -> ChangeRecord:
        """Start a new draft from an adopted version (its statement and elements)."""
        version = self._find(self.vision_versions(), "vision_version", version_id)
        return self.add_vision_draft(
            title=title, statement=version.statement, element_ids=version.element_ids
        )

    def adopt_vision(self, draft_id: int, **decision: Any) -> ChangeRecord:
        """Adopt a draft at a meeting as the next version of the vision.

        ``decision``: meeting_id and adopted_on (required), decision_rule, votes_for,
        votes_against, abstentions, result, dissent, next_review. The version keeps
        the draft's statement and elements as they are now; later edits of the draft
        do not change it.
        """
        draft = self._find(self.vision_drafts(), "vision_draft", draft_id)
        allowed = {
            "meeting_id",
            "adopted_on",
            "decision_rule",
            "votes_for",
            "votes_against",
            "abstentions",
            "result",
            "dissent",
            "next_review",
        }
        if set(decision) - allowed:
            raise TypeError(f"adopt_vision has no field(s) {sorted(set(decision) - allowed)}")
        version = validated_entity(
            VisionVersion,
            {
                "id": 0,
                "number": 0,
                "statement": draft.statement,
                "draft_id": draft_id,
                "element_ids": draft.element_ids,
                **decision,
            },
        )
        self._check_decision(version)

        def body(r: Recorder) -> None:
            number = (
                r.conn.execute(select(func.max(schema.vision_version.c.number))).scalar() or 0
            ) + 1
            row = to_row(version, exclude=("id", "element_ids"))
            new = r.insert(schema.vision_version, {**row, "number": number})
            _write_links(r, VisionVersion, new["id"], version, None)

        return self._run("adopt_vision", draft.title, body)

    def _check_decision(self, version: VisionVersion) -> None:
        if not self._exists(schema.meeting, version.meeting_id):
            raise ValidationError("meeting_id", "a vision is adopted at a recorded meeting")

    # --- objectives and indicators ----------------------------------------------------------

    def add_objective(self, **fields: Any) -> ChangeRecord:
        """Set a strategic objective (title; description, element_ids, option_ids)."""
        check_fields(Objective, fields)
        if "indicators" in fields or "number" in fields:
            raise TypeError("indicators are added with add_indicator; numbers are assigned")
        objective = self._checked_links(validated_entity(Objective, {"id": 0, **fields}))

        def body(r: Recorder) -> None:
            row = to_row(objective, exclude=("id", "indicators", *_LINKS[Objective]))
            last = r.conn.execute(select(func.max(schema.objective.c.number))).scalar()
            new = r.insert(
                schema.objective,
                {**row, "position": _next(r, schema.objective), "number": (last or 0) + 1},
            )
            _write_links(r, Objective, new["id"], objective, None)

        return self._run("add_objective", objective.title, body)

    def update_objective(self, objective_id: int, **fields: Any) -> ChangeRecord:
        """Change an objective's title, description, elements or options."""
        if "indicators" in fields or "number" in fields:
            raise TypeError("indicators change with update_indicator; numbers are assigned")
        current = self._find(self.objectives(), "objective", objective_id)
        objective = self._checked_links(self._edited(Objective, current, fields))
        return self._run(
            "update_objective",
            objective.title,
            lambda r: self._update_with_links(
                r, Objective, schema.objective, current, objective, fields
            ),
        )

    def delete_objective(self, objective_id: int) -> ChangeRecord:
        """Remove an objective with its indicators, links and actions."""
        objective = self._find(self.objectives(), "objective", objective_id)

        def body(r: Recorder) -> None:
            delete_objective_actions(r, objective_id)
            indicators = r.keys_where(schema.indicator, objective_id=objective_id)
            delete_measurements(r, (key["id"] for key in indicators))
            r.delete_where(schema.indicator, objective_id=objective_id)
            r.delete_where(schema.objective_element, objective_id=objective_id)
            r.delete_where(schema.objective_option, objective_id=objective_id)
            r.delete(schema.objective, {"id": objective_id})

        return self._run("delete_objective", objective.title, body)

    def add_indicator(self, objective_id: int, **fields: Any) -> ChangeRecord:
        """Make an objective measurable: name, unit, baseline, target, verification.

        With ``baseline_figure_id`` and no baseline value, the baseline value, date and
        source are taken from that figure of the cluster profile.
        """
        objective = self._find(self.objectives(), "objective", objective_id)
        check_fields(Indicator, fields)
        indicator = self._checked_indicator(validated_entity(Indicator, {"id": 0, **fields}))

        def body(r: Recorder) -> None:
            last = r.conn.execute(
                select(func.max(schema.indicator.c.position)).where(
                    schema.indicator.c.objective_id == objective_id
                )
            ).scalar()
            row = to_row(indicator, exclude=("id",))
            r.insert(
                schema.indicator,
                {
                    **row,
                    "objective_id": objective_id,
                    "position": (last if last is not None else -1) + 1,
                },
            )

        return self._run("add_indicator", objective.title, body)

    def update_indicator(self, indicator_id: int, **fields: Any) -> ChangeRecord:
        """Change an indicator's fields."""
        current = self._indicator(indicator_id)
        indicator = self._checked_indicator(self._edited(Indicator, current, fields))
        return self._update("update_indicator", indicator.name, schema.indicator, indicator, fields)

    def delete_indicator(self, indicator_id: int) -> ChangeRecord:
        """Remove an indicator."""
        indicator = self._indicator(indicator_id)

        def body(r: Recorder) -> None:
            delete_measurements(r, [indicator_id])
            r.delete(schema.indicator, {"id": indicator_id})

        return self._run("delete_indicator", indicator.name, body)

    def _indicator(self, indicator_id: int) -> Indicator:
        i = schema.indicator
        with self._file.engine.connect() as conn:
            row = conn.execute(select(i).where(i.c.id == indicator_id)).mappings().first()
        if row is None:
            raise NotFound("indicator", indicator_id)
        return from_mapping(
            Indicator, {k: v for k, v in row.items() if k not in ("objective_id", "action_id")}
        )

    def _checked_indicator(self, indicator: Indicator) -> Indicator:
        if indicator.baseline_figure_id is not None and indicator.baseline_value is None:
            figure = self._one(BaselineFigure, schema.baseline_figure, indicator.baseline_figure_id)
            indicator = dataclasses.replace(
                indicator,
                baseline_value=figure.value,
                baseline_date=figure.as_of,
                baseline_source=indicator.baseline_source or figure.source,
            )
        check_record(indicator)  # the figure's values meet the rules too
        if indicator.responsible_id is not None and not self._exists(
            schema.organisation, indicator.responsible_id
        ):
            raise ValidationError("responsible_id", "no such organisation")
        return indicator

    # --- shared checks and writes -------------------------------------------------------

    def _checked_draft(self, draft: VisionDraft) -> VisionDraft:
        return self._checked_links(draft)

    def _update_with_links(
        self,
        r: Recorder,
        cls: type[Any],
        table: Table,
        current: Any,
        entity: Any,
        fields: Mapping[str, Any],
    ) -> None:
        links = _LINKS[cls]
        row = {k: v for k, v in to_row(entity).items() if k in fields and k not in links}
        if row:
            r.update(table, {"id": entity.id}, row)
        if set(fields) & set(links):
            _write_links(r, cls, entity.id, entity, current)


def _next(r: Recorder, table: Table) -> int:
    """The position after the last one in ``table``."""
    last = r.conn.execute(select(func.max(table.c.position))).scalar()
    return 0 if last is None else int(last) + 1


def load_links(r: Recorder, entity: Any) -> None:
    """Insert the link rows of a freshly loaded ``entity`` (for snapshot loading)."""
    _write_links(r, type(entity), entity.id, entity, None)
