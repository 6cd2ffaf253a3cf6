"""Actions and queries of the action plan: actions, partners, milestones, budget, dependencies."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select

from cluster_planner.domain.action_plan import dependency_cycle, ordered_actions, successors_of
from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.codes import action_codes
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Indicator,
    Milestone,
    Objective,
    Partner,
    ProgressEntry,
)
from cluster_planner.domain.enums import ActionStatus
from cluster_planner.domain.errors import (
    DependencyCycle,
    DropNeedsReason,
    NotFound,
    ValidationError,
)
from cluster_planner.domain.records import from_mapping, from_rows, to_row
from cluster_planner.domain.rules import check_record
from cluster_planner.domain.timeline import successors_moved
from cluster_planner.services.document_core import (
    DocumentCore,
    check_fields,
    replace_links,
    validated_entity,
)
from cluster_planner.services.recorder import Recorder
from cluster_planner.storage import schema

# An action's list fields held in link tables: (link table, owner column, value column).
_ACTION_LINKS: dict[str, tuple[Table, str, str]] = {
    "option_ids": (schema.action_option, "action_id", "option_id"),
    "item_ids": (schema.action_item, "action_id", "item_id"),
}
# An action's nested rows: field -> (table, entity class, order).
_CHILDREN: dict[str, tuple[Table, type[Any], tuple[str, ...]]] = {
    "partners": (schema.action_partner, Partner, ("id",)),
    "milestones": (schema.milestone, Milestone, ("date", "id")),
    "cost_lines": (schema.cost_line, CostLine, ("id",)),
    "indicators": (schema.indicator, Indicator, ("position", "id")),
    "progress_entries": (schema.progress_entry, ProgressEntry, ("recorded_on", "id")),
}
# Fields an action's own row holds (everything but the id, links and nested rows).
_NOT_IN_ROW = ("id", *_ACTION_LINKS, *_CHILDREN)
_NOT_EDITABLE = {"objective_id", "number", "position", *_CHILDREN}


def _read_actions(conn: Connection, where: Any = None) -> list[Action]:
    """Actions (all, or those matching ``where`` on the action table) with everything in them."""
    a = schema.action
    query = select(a).order_by(a.c.position, a.c.id)
    if where is not None:
        query = query.where(where)
    result = conn.execute(query)
    columns = list(result.keys())
    rows = [tuple(row) for row in result]
    id_at = columns.index("id")
    ids = [row[id_at] for row in rows]
    wanted = set(ids)
    few = len(ids) < 200  # look a few actions up by id; read whole tables for many

    def owned(table: Table, column: str, *order: str) -> Any:
        q = select(table).order_by(*(table.c[o] for o in order))
        return q.where(table.c[column].in_(ids)) if few else q

    lists: dict[str, dict[int, list[Any]]] = {}
    for field, (link, owner, value) in _ACTION_LINKS.items():
        found: dict[int, list[Any]] = defaultdict(list)
        for owner_id, value_id in conn.execute(
            owned(link, owner, value).with_only_columns(link.c[owner], link.c[value])
        ):
            if owner_id in wanted:
                found[owner_id].append(value_id)
        lists[field] = found
    for field, (table, cls, order) in _CHILDREN.items():
        children: dict[int, list[Any]] = defaultdict(list)
        child_result = conn.execute(owned(table, "action_id", *order))
        child_columns = list(child_result.keys())
        owner_at = child_columns.index("action_id")
        child_rows = [row for row in child_result if row[owner_at] in wanted]
        for row, child in zip(child_rows, from_rows(cls, child_columns, child_rows), strict=True):
            children[row[owner_at]].append(child)
        lists[field] = children
    names = list(lists)
    columns += names
    rows = [(*row, *(lists[n].get(row[id_at], ()) for n in names)) for row in rows]
    return from_rows(Action, columns, rows)


class ActionPlanActions(DocumentCore):
    """The Action plan step: joint actions under the objectives, and what they need."""

    # --- queries ---------------------------------------------------------------------

    def actions(self) -> list[Action]:
        """Every action with its partners, milestones, cost lines and indicators."""
        with self._file.engine.connect() as conn:
            return _read_actions(conn)

    def actions_with_ids(self, action_ids: Iterable[int]) -> list[Action]:
        """The actions among ``action_ids`` that exist, with everything in them."""
        with self._file.engine.connect() as conn:
            return _read_actions(conn, schema.action.c.id.in_(set(action_ids)))

    def action(self, action_id: int) -> Action:
        """One action with everything in it."""
        with self._file.engine.connect() as conn:
            found = _read_actions(conn, schema.action.c.id == action_id)
        if not found:
            raise NotFound("action", action_id)
        return found[0]

    def dependencies(self) -> list[Dependency]:
        """Every dependency between actions."""
        return self._all(Dependency, schema.dependency)

    def action_code(self, action_id: int) -> str:
        """The code of one action (A1.2)."""
        action = self.action(action_id)
        objective = self._one(Objective, schema.objective, action.objective_id)
        return action_codes([objective], [action])[action_id]

    # --- actions -------------------------------------------------------------------------

    def add_action(
        self, objective_id: int, *, index: int | None = None, **fields: Any
    ) -> ChangeRecord:
        """Add an action under an objective (title required), at ``index`` or at the end.

        The action gets the next free number under its objective (A1.3 after A1.2);
        numbers never change when other actions move.
        """
        check_fields(Action, fields)
        if set(fields) & _NOT_EDITABLE:
            raise TypeError(f"add_action cannot set {sorted(set(fields) & _NOT_EDITABLE)}")
        if not self._exists(schema.objective, objective_id):
            raise ValidationError("objective_id", "no such objective")
        action = self._checked_action(
            validated_entity(Action, {"id": 0, "objective_id": objective_id, **fields})
        )

        def body(r: Recorder) -> None:
            number = _next_number(r, objective_id)
            siblings = _sibling_ids(r, objective_id)
            at = len(siblings) if index is None else max(0, min(index, len(siblings)))
            row = to_row(action, exclude=_NOT_IN_ROW)
            new = r.insert(schema.action, {**row, "number": number, "position": at})
            _set_positions(r, objective_id, [*siblings[:at], new["id"], *siblings[at:]])
            _write_action_links(r, new["id"], action, None)

        return self._run("add_action", action.title, body)

    def update_action(self, action_id: int, **fields: Any) -> ChangeRecord:
        """Change an action's own fields (title, dates, lead, status … option_ids, item_ids)."""
        if set(fields) & _NOT_EDITABLE:
            raise TypeError(
                f"update_action cannot set {sorted(set(fields) & _NOT_EDITABLE)}; "
                "use move_action or the partner, milestone, cost line and indicator actions"
            )
        current = self.action(action_id)
        action = self._checked_action(self._edited(Action, current, fields))
        if action.status is ActionStatus.DROPPED and current.status is not ActionStatus.DROPPED:
            self._check_drop_reason(action)

        def body(r: Recorder) -> None:
            row = {k: v for k, v in to_row(action).items() if k in fields and k not in _NOT_IN_ROW}
            if row:
                r.update(schema.action, {"id": action_id}, row)
            if set(fields) & set(_ACTION_LINKS):
                _write_action_links(r, action_id, action, current)

        return self._run("update_action", action.title, body)

    def _check_drop_reason(self, action: Action) -> None:
        """Refuse to drop an action an adopted revision holds without saying why."""
        if action.drop_reason.strip():
            return
        with self._file.engine.connect() as conn:
            number = adopted_in(conn, action.id)
        if number is not None:
            raise DropNeedsReason(action.title, number)

    def reschedule_action(
        self,
        action_id: int,
        start_date: dt.date | None,
        end_date: dt.date | None,
        *,
        move_successors: bool = False,
    ) -> ChangeRecord:
        """Give an action new dates (a drag on the timeline) as one undo step.

        When the action moves as a whole (start and end by the same days), its
        milestones move with it. With ``move_successors``, the actions that wait for
        it move later as far as their dependencies need, keeping their length, and
        their milestones go with them (see ``successors_moved``).
        """
        current = self.action(action_id)
        action = self._checked_action(
            dataclasses.replace(current, start_date=start_date, end_date=end_date)
        )
        moves: dict[int, tuple[dt.date, dt.date]] = {}
        waiting: dict[int, Action] = {}
        if move_successors:
            dependencies = self.dependencies()
            waiting = {
                a.id: a for a in self.actions_with_ids(successors_of(dependencies, action_id))
            }
            moves = successors_moved(
                [action, *waiting.values()], dependencies, action_id, start_date, end_date
            )
        shifts = {action_id: _whole_shift(current, start_date, end_date)}
        for other_id, (start, _) in moves.items():
            shifts[other_id] = _whole_shift(waiting[other_id], start, moves[other_id][1])

        def body(r: Recorder) -> None:
            dates = {"start_date": action.start_date, "end_date": action.end_date}
            r.update(schema.action, {"id": action_id}, dates)
            for other_id, (start, end) in sorted(moves.items()):
                r.update(schema.action, {"id": other_id}, {"start_date": start, "end_date": end})
            for moved_id, shift in sorted(shifts.items()):
                if shift is None:
                    continue
                owner = current if moved_id == action_id else waiting[moved_id]
                for milestone in owner.milestones:
                    r.update(
                        schema.milestone, {"id": milestone.id}, {"date": milestone.date + shift}
                    )

        return self._run("reschedule_action", action.title, body)

    def delete_action(self, action_id: int) -> ChangeRecord:
        """Remove an action with its partners, milestones, cost lines, indicators and links."""
        action = self.action(action_id)

        def body(r: Recorder) -> None:
            _delete_action_rows(r, action_id)
            _set_positions(r, action.objective_id, _sibling_ids(r, action.objective_id))

        return self._run("delete_action", action.title, body)

    def move_action(self, action_id: int, objective_id: int, index: int) -> ChangeRecord:
        """Put an action at ``index`` under ``objective_id`` (its own or another objective).

        Moving to another objective gives it the next free number there; the other
        actions keep their codes.
        """
        action = self.action(action_id)
        if not self._exists(schema.objective, objective_id):
            raise ValidationError("objective_id", "no such objective")

        def body(r: Recorder) -> None:
            siblings = [i for i in _sibling_ids(r, objective_id) if i != action_id]
            at = max(0, min(index, len(siblings)))
            if objective_id != action.objective_id:
                r.update(
                    schema.action,
                    {"id": action_id},
                    {"objective_id": objective_id, "number": _next_number(r, objective_id)},
                )
                _set_positions(r, action.objective_id, _sibling_ids(r, action.objective_id))
            _set_positions(r, objective_id, [*siblings[:at], action_id, *siblings[at:]])

        return self._run("move_action", action.title, body)

    def renumber_actions(self, objective_id: int) -> ChangeRecord:
        """Number an objective's actions 1, 2, 3 … in their order, closing gaps."""
        objective = self._one(Objective, schema.objective, objective_id)

        def body(r: Recorder) -> None:
            ids = _sibling_ids(r, objective_id)
            # Through negative numbers first, so no two actions ever share a number mid-way.
            for number, action_id in enumerate(ids, start=1):
                r.update(schema.action, {"id": action_id}, {"number": -number})
            for number, action_id in enumerate(ids, start=1):
                r.update(schema.action, {"id": action_id}, {"number": number})

        return self._run("renumber_actions", objective.title, body)

    def _checked_action(self, action: Action) -> Action:
        check_record(action)  # a rescheduled action is made here, not from edited values
        if action.lead_id is not None and not self._exists(schema.organisation, action.lead_id):
            raise ValidationError("lead_id", "no such organisation")
        return self._checked_links(action)

    # --- partners, milestones, cost lines ----------------------------------------------------

    def add_partner(self, action_id: int, **fields: Any) -> ChangeRecord:
        """Add a partner to an action: organisation_id; contribution, amount, description."""
        return self._add_child(action_id, "partners", "add_partner", fields)

    def update_partner(self, partner_id: int, **fields: Any) -> ChangeRecord:
        """Change what a partner brings."""
        return self._update_child(partner_id, "partners", "update_partner", fields)

    def delete_partner(self, partner_id: int) -> ChangeRecord:
        """Take a partner off an action."""
        return self._delete_child(partner_id, "partners", "delete_partner")

    def add_milestone(self, action_id: int, **fields: Any) -> ChangeRecord:
        """Add a milestone to an action: title and date; done."""
        return self._add_child(action_id, "milestones", "add_milestone", fields)

    def update_milestone(self, milestone_id: int, **fields: Any) -> ChangeRecord:
        """Change a milestone's title, date or whether it is done."""
        return self._update_child(milestone_id, "milestones", "update_milestone", fields)

    def delete_milestone(self, milestone_id: int) -> ChangeRecord:
        """Remove a milestone."""
        return self._delete_child(milestone_id, "milestones", "delete_milestone")

    def add_cost_line(self, action_id: int, **fields: Any) -> ChangeRecord:
        """Add a cost-share line: amount; description, source, status, organisation_id."""
        return self._add_child(action_id, "cost_lines", "add_cost_line", fields)

    def update_cost_line(self, line_id: int, **fields: Any) -> ChangeRecord:
        """Change a cost-share line."""
        return self._update_child(line_id, "cost_lines", "update_cost_line", fields)

    def delete_cost_line(self, line_id: int) -> ChangeRecord:
        """Remove a cost-share line."""
        return self._delete_child(line_id, "cost_lines", "delete_cost_line")

    def add_action_indicator(self, action_id: int, **fields: Any) -> ChangeRecord:
        """Make an action measurable: name, unit, baseline, target, verification, responsible.

        ``update_indicator`` and ``delete_indicator`` change and remove it afterwards.
        """
        return self._add_child(action_id, "indicators", "add_indicator", fields)

    def _add_child(
        self, action_id: int, field: str, verb: str, fields: Mapping[str, Any]
    ) -> ChangeRecord:
        table, cls, _ = _CHILDREN[field]
        check_fields(cls, fields)
        action = self.action(action_id)
        child = self._checked_child(validated_entity(cls, {"id": 0, **fields}))

        def body(r: Recorder) -> None:
            row = {**to_row(child, exclude=("id",)), "action_id": action_id}
            if "position" in table.c:
                last = r.conn.execute(
                    select(func.max(table.c.position)).where(table.c.action_id == action_id)
                ).scalar()
                row["position"] = (last if last is not None else -1) + 1
            r.insert(table, row)

        return self._run(verb, action.title, body)

    def _child(self, child_id: int, field: str) -> tuple[Any, int]:
        table, cls, _ = _CHILDREN[field]
        with self._file.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == child_id)).mappings().first()
        if row is None or row["action_id"] is None:
            raise NotFound(table.name, child_id)
        data = {k: v for k, v in row.items() if k not in ("action_id", "objective_id")}
        return from_mapping(cls, data), row["action_id"]

    def _update_child(
        self, child_id: int, field: str, verb: str, fields: Mapping[str, Any]
    ) -> ChangeRecord:
        table = _CHILDREN[field][0]
        current, action_id = self._child(child_id, field)
        child = self._checked_child(self._edited(type(current), current, fields))
        row = {k: v for k, v in to_row(child).items() if k in fields}
        title = self.action(action_id).title
        return self._run(verb, title, lambda r: r.update(table, {"id": child_id}, row))

    def _delete_child(self, child_id: int, field: str, verb: str) -> ChangeRecord:
        table = _CHILDREN[field][0]
        _, action_id = self._child(child_id, field)
        title = self.action(action_id).title
        return self._run(verb, title, lambda r: r.delete(table, {"id": child_id}))

    def _checked_child(self, child: Any) -> Any:
        if isinstance(child, Partner):
            if not self._exists(schema.organisation, child.organisation_id):
                raise ValidationError("organisation_id", "no such organisation")
        elif isinstance(child, CostLine):
            if child.organisation_id is not None and not self._exists(
                schema.organisation, child.organisation_id
            ):
                raise ValidationError("organisation_id", "no such organisation")
        elif isinstance(child, Indicator):
            child = self._checked_indicator(child)  # type: ignore[attr-defined]
        return child

    # --- dependencies ------------------------------------------------------------------------

    def add_dependency(self, predecessor_id: int, successor_id: int, **fields: Any) -> ChangeRecord:
        """Make one action wait for another (kind FS/SS/FF/SF, lag_days); loops are refused."""
        check_fields(Dependency, fields)
        for name in ("predecessor_id", "successor_id"):
            if name in fields:
                raise TypeError(f"{name} is a positional argument")
        dependency = validated_entity(
            Dependency,
            {"id": 0, "predecessor_id": predecessor_id, "successor_id": successor_id, **fields},
        )
        predecessor = self.action(predecessor_id)
        successor = self.action(successor_id)
        existing = self.dependencies()
        if any(
            d.predecessor_id == predecessor_id and d.successor_id == successor_id for d in existing
        ):
            raise ValidationError("successor_id", "already waits for that action")
        loop = dependency_cycle(existing, predecessor_id, successor_id)
        if loop is not None:
            raise DependencyCycle(self._codes(loop))
        return self._run(
            "add_dependency",
            f"{predecessor.title} → {successor.title}",
            lambda r: r.insert(schema.dependency, to_row(dependency, exclude=("id",))),
        )

    def update_dependency(self, dependency_id: int, **fields: Any) -> ChangeRecord:
        """Change a dependency's kind or lag (its two actions stay)."""
        if {"predecessor_id", "successor_id"} & set(fields):
            raise TypeError("delete the dependency and add another to link other actions")
        current = self._one(Dependency, schema.dependency, dependency_id)
        dependency = self._edited(Dependency, current, fields)
        subject = self.action(current.successor_id).title
        return self._update("update_dependency", subject, schema.dependency, dependency, fields)

    def delete_dependency(self, dependency_id: int) -> ChangeRecord:
        """Remove a dependency."""
        current = self._one(Dependency, schema.dependency, dependency_id)
        subject = self.action(current.successor_id).title
        return self._run(
            "delete_dependency",
            subject,
            lambda r: r.delete(schema.dependency, {"id": dependency_id}),
        )

    def _codes(self, action_ids: Sequence[int]) -> tuple[str, ...]:
        with self._file.engine.connect() as conn:
            actions = _read_actions(conn, schema.action.c.id.in_(set(action_ids)))
            objectives = [
                from_mapping(Objective, {**row})
                for row in conn.execute(select(schema.objective)).mappings()
            ]
        codes = action_codes(objectives, actions)
        return tuple(codes[i] for i in action_ids)


# --- rows -------------------------------------------------------------------------------------


def _whole_shift(action: Action, start: dt.date | None, end: dt.date | None) -> dt.timedelta | None:
    """How far an action moves as a whole (start and end alike), or None if it does not."""
    if None in (action.start_date, action.end_date, start, end):
        return None
    shift = start - action.start_date  # type: ignore[operator]
    if not shift or end - action.end_date != shift:  # type: ignore[operator]
        return None
    return shift


def _sibling_ids(r: Recorder, objective_id: int) -> list[int]:
    a = schema.action
    return [
        row[0]
        for row in r.conn.execute(
            select(a.c.id).where(a.c.objective_id == objective_id).order_by(a.c.position, a.c.id)
        )
    ]


def _set_positions(r: Recorder, objective_id: int, ids: Sequence[int]) -> None:
    """Give the actions ``ids`` of an objective the positions 0, 1, 2 … (recording real changes)."""
    a = schema.action
    current = dict(
        r.conn.execute(select(a.c.id, a.c.position).where(a.c.objective_id == objective_id)).all()
    )
    for position, action_id in enumerate(ids):
        if current.get(action_id) != position:
            r.update(a, {"id": action_id}, {"position": position})


def _next_number(r: Recorder, objective_id: int) -> int:
    a = schema.action
    last = r.conn.execute(
        select(func.max(a.c.number)).where(a.c.objective_id == objective_id)
    ).scalar()
    return (last or 0) + 1


def _write_action_links(r: Recorder, action_id: int, action: Action, old: Action | None) -> None:
    for field, (link, owner, value) in _ACTION_LINKS.items():
        before = getattr(old, field) if old is not None else ()
        after = tuple(sorted(set(getattr(action, field))))
        replace_links(r, link, owner, action_id, value, before, after)


def adopted_in(conn: Connection, action_id: int) -> int | None:
    """The newest adopted revision that holds the action (live), or None."""
    rev = schema.revision
    found = conn.execute(
        select(func.max(rev.c.number)).where(
            (" " + rev.c.action_ids + " ").contains(f" {action_id} ", autoescape=True)
        )
    ).scalar()
    return int(found) if found is not None else None


def delete_measurements(r: Recorder, indicator_ids: Iterable[int]) -> None:
    """Delete the measurements of indicators about to go (recorded)."""
    for indicator_id in indicator_ids:
        r.delete_where(schema.measurement, indicator_id=indicator_id)


def _delete_action_rows(r: Recorder, action_id: int) -> None:
    """Delete an action and every row that belongs to it (recorded)."""
    indicators = r.keys_where(schema.indicator, action_id=action_id)
    delete_measurements(r, (key["id"] for key in indicators))
    r.delete_where(schema.action_review, action_id=action_id)
    for table, _, _ in _CHILDREN.values():
        r.delete_where(table, action_id=action_id)
    for link, owner, _ in _ACTION_LINKS.values():
        r.delete_where(link, **{owner: action_id})
    r.delete_where(schema.dependency, predecessor_id=action_id)
    r.delete_where(schema.dependency, successor_id=action_id)
    r.delete(schema.action, {"id": action_id})


def delete_objective_actions(r: Recorder, objective_id: int) -> None:
    """Delete every action of an objective (when the objective goes)."""
    for action_id in _sibling_ids(r, objective_id):
        _delete_action_rows(r, action_id)


def load_actions(
    r: Recorder, actions: Sequence[Action], dependencies: Sequence[Dependency]
) -> None:
    """Insert actions and dependencies from a snapshot, ids kept, a batch per table."""
    r.insert_many(schema.action, [{"id": a.id, **to_row(a, exclude=_NOT_IN_ROW)} for a in actions])
    for field, (link, owner, value) in _ACTION_LINKS.items():
        r.insert_many(
            link,
            [{owner: a.id, value: v} for a in actions for v in sorted(set(getattr(a, field)))],
        )
    for field, (table, _, _) in _CHILDREN.items():
        r.insert_many(
            table, [{**to_row(c), "action_id": a.id} for a in actions for c in getattr(a, field)]
        )
    r.insert_many(schema.dependency, [to_row(d) for d in dependencies])


def organisation_uses(conn: Connection, organisation_id: int) -> list[str]:
    """Codes of the actions an organisation leads, takes part in or pays for."""
    found: set[int] = set()
    a, p, c = schema.action, schema.action_partner, schema.cost_line
    found.update(r[0] for r in conn.execute(select(a.c.id).where(a.c.lead_id == organisation_id)))
    for table in (p, c):
        found.update(
            r[0]
            for r in conn.execute(
                select(table.c.action_id).where(table.c.organisation_id == organisation_id)
            )
        )
    if not found:
        return []
    actions = _read_actions(conn, a.c.id.in_(found))
    objectives = [
        from_mapping(Objective, row) for row in conn.execute(select(schema.objective)).mappings()
    ]
    codes = action_codes(objectives, actions)
    return [codes[x.id] for x in ordered_actions(objectives, actions)]
