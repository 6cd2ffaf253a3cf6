"""Actions and queries of the diagnostic: the SWOT board, voting rounds, TOWS options."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.codes import next_number
from cluster_planner.domain.entities import StrategicOption, SwotItem, Tally, VotingRound
from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.domain.errors import NotFound, OptionNeedsItem, ValidationError
from cluster_planner.domain.records import from_mapping, to_row
from cluster_planner.services.document_core import (
    DocumentCore,
    check_fields,
    read_with_links,
    replace_links,
    validated_entity,
)
from cluster_planner.services.participation import delete_phone_ballots, read_phone_ballots
from cluster_planner.services.recorder import Recorder
from cluster_planner.services.swot_import import ImportRow
from cluster_planner.storage import schema


def _clean_themes(themes: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({t.strip() for t in themes if t and t.strip()}))


class DiagnosticActions(DocumentCore):
    """The Diagnostic and Options steps."""

    # --- queries ---------------------------------------------------------------------

    def swot_items(self) -> list[SwotItem]:
        """Every SWOT item (merged and dropped ones too), by quadrant and board order."""
        with self._file.engine.connect() as conn:
            return _read_items(conn)

    def swot_item(self, item_id: int) -> SwotItem:
        """One SWOT item, or NotFound."""
        for item in self.swot_items():
            if item.id == item_id:
                return item
        raise NotFound("swot_item", item_id)

    def voting_rounds(self) -> list[VotingRound]:
        """The voting rounds with their tallies, oldest first."""
        with self._file.engine.connect() as conn:
            tallies: dict[int, list[Tally]] = defaultdict(list)
            for row in conn.execute(
                select(schema.vote_tally).order_by(schema.vote_tally.c.id)
            ).mappings():
                tallies[row["round_id"]].append(from_mapping(Tally, row))
            ballots = read_phone_ballots(conn)
            rows = conn.execute(select(schema.voting_round).order_by(schema.voting_round.c.id))
            return [
                from_mapping(
                    VotingRound,
                    {
                        **row,
                        "tallies": tallies.get(row["id"], []),
                        "phone_ballots": ballots.get(row["id"], []),
                    },
                )
                for row in rows.mappings()
            ]

    def voting_round(self, round_id: int) -> VotingRound:
        """One voting round with its tallies, or NotFound."""
        for voting_round in self.voting_rounds():
            if voting_round.id == round_id:
                return voting_round
        raise NotFound("voting_round", round_id)

    def options(self) -> list[StrategicOption]:
        """The strategic options with the SWOT items they use, by kind and order."""
        t = schema.strategic_option
        links = {"item_ids": (schema.option_item, "option_id", "item_id")}
        with self._file.engine.connect() as conn:
            return read_with_links(
                conn, StrategicOption, t, (t.c.kind, t.c.position, t.c.id), links
            )

    def option(self, option_id: int) -> StrategicOption:
        """One strategic option, or NotFound."""
        for option in self.options():
            if option.id == option_id:
                return option
        raise NotFound("strategic_option", option_id)

    # --- SWOT items ---------------------------------------------------------------------

    def add_swot_item(self, *, index: int | None = None, **fields: Any) -> ChangeRecord:
        """Put a new card in a quadrant, at ``index`` in the board order (default: last)."""
        check_fields(SwotItem, fields)
        item = validated_entity(SwotItem, {"id": 0, **fields, "status": ItemStatus.ACTIVE})
        row = to_row(item, exclude=("id", "themes", "merged_into_id"))

        def body(r: Recorder) -> None:
            order = _quadrant_order(r.conn, item.quadrant)
            at = len(order) if index is None else max(0, min(index, len(order)))
            _renumber(r, order, at)
            number = _next_item_number(r.conn, item.quadrant)
            new = r.insert(schema.swot_item, {**row, "position": at, "number": number})
            for theme in _clean_themes(item.themes):
                r.insert(schema.swot_item_theme, {"item_id": new["id"], "theme": theme})

        return self._run("add_swot_item", item.statement, body)

    def import_swot_items(self, rows: Sequence[ImportRow]) -> ChangeRecord:
        """Add imported rows as cards at the end of their quadrants, all in one undo step."""
        if not rows:
            raise ValidationError("rows", "there is nothing to import")

        def body(r: Recorder) -> None:
            next_position = {q: len(_quadrant_order(r.conn, q)) for q in Quadrant}
            numbers = {q: _next_item_number(r.conn, q) for q in Quadrant}
            cards = []
            for row in rows:
                cards.append(
                    {
                        "quadrant": row.quadrant.value,
                        "statement": row.statement,
                        "evidence": row.evidence,
                        "source": row.source,
                        "status": ItemStatus.ACTIVE.value,
                        "merged_into_id": None,
                        "position": next_position[row.quadrant],
                        "number": numbers[row.quadrant],
                    }
                )
                next_position[row.quadrant] += 1
                numbers[row.quadrant] += 1
            stored = r.insert_many(schema.swot_item, cards)
            themes = [
                {"item_id": card["id"], "theme": theme}
                for card, row in zip(stored, rows, strict=True)
                for theme in _clean_themes(row.themes)
            ]
            r.insert_many(schema.swot_item_theme, themes)

        return self._run("import_swot_items", str(len(rows)), body)

    def update_swot_item(self, item_id: int, **fields: Any) -> ChangeRecord:
        """Change a card's statement, evidence, source, themes or status (active/dropped)."""
        for fixed in ("quadrant", "position", "merged_into_id", "number"):
            if fixed in fields:
                raise TypeError(f"use move_swot_item or merge_swot_items to change {fixed}")
        current = self.swot_item(item_id)
        item = self._edited(SwotItem, current, fields)
        if "status" in fields and item.status is ItemStatus.MERGED:
            raise ValidationError("status", "use merge to merge items")
        if current.status is ItemStatus.MERGED and "status" in fields:
            raise ValidationError("status", "unmerge the item first")
        row = {k: v for k, v in to_row(item).items() if k in fields and k != "themes"}

        def body(r: Recorder) -> None:
            if row:
                r.update(schema.swot_item, {"id": item_id}, row)
            if "themes" in fields:
                replace_links(
                    r,
                    schema.swot_item_theme,
                    "item_id",
                    item_id,
                    "theme",
                    current.themes,
                    _clean_themes(item.themes),
                )

        return self._run("update_swot_item", item.statement, body)

    def move_swot_item(self, item_id: int, quadrant: Quadrant | str, index: int) -> ChangeRecord:
        """Move a card to ``index`` in ``quadrant`` (the same or another), reordering the board.

        Codes stay: a card moved to another quadrant gets the next free number there.
        """
        item = self.swot_item(item_id)
        target = validated_entity(SwotItem, {**_as_dict(item), "quadrant": quadrant}).quadrant
        if target.internal is not item.quadrant.internal:
            self._keep_options_whole(item, target)

        def body(r: Recorder) -> None:
            source_order = [i for i in _quadrant_order(r.conn, item.quadrant) if i != item_id]
            if target is item.quadrant:
                order = source_order
            else:
                _renumber(r, source_order, None)
                order = [i for i in _quadrant_order(r.conn, target) if i != item_id]
                # Its code is the next free one there (W5); the other cards keep theirs.
                number = _next_item_number(r.conn, target)
                r.update(
                    schema.swot_item, {"id": item_id}, {"quadrant": target.value, "number": number}
                )
            at = max(0, min(index, len(order)))
            _renumber(r, [*order[:at], item_id, *order[at:]], None)

        return self._run("move_swot_item", item.statement, body)

    def merge_swot_items(self, target_id: int, source_ids: Sequence[int]) -> ChangeRecord:
        """Merge duplicate cards into ``target_id``: their texts, evidence and votes are kept.

        A merged card leaves the board and its votes count for the target; the target
        takes the union of their themes and their links to options. Undo separates them.
        """
        items = {i.id: i for i in self.swot_items()}
        target = items.get(target_id)
        if target is None:
            raise NotFound("swot_item", target_id)
        if target.status is not ItemStatus.ACTIVE:
            raise ValidationError("target", "merge into a card that is on the board")
        sources = [items[s] for s in dict.fromkeys(source_ids) if s in items and s != target_id]
        if len(sources) != len(set(source_ids) - {target_id}) or not sources:
            raise ValidationError("sources", "choose other cards on the board to merge")
        if any(s.status is ItemStatus.MERGED for s in sources):
            raise ValidationError("sources", "a card that is already merged cannot be merged again")
        for source in sources:  # its options pass to the target, on the target's side
            if source.quadrant.internal is not target.quadrant.internal:
                self._keep_options_whole(source, target.quadrant)

        def body(r: Recorder) -> None:
            themes = set(target.themes)
            for source in sources:
                r.update(
                    schema.swot_item,
                    {"id": source.id},
                    {"status": ItemStatus.MERGED.value, "merged_into_id": target_id},
                )
                themes.update(source.themes)
                for link_table in (schema.option_item, schema.element_item):
                    for link in r.keys_where(link_table, item_id=source.id):
                        r.delete(link_table, link)
                        moved = {**link, "item_id": target_id}
                        if r.read(link_table, moved) is None:
                            r.insert(link_table, moved)
            replace_links(
                r,
                schema.swot_item_theme,
                "item_id",
                target_id,
                "theme",
                target.themes,
                _clean_themes(themes),
            )

        return self._run("merge_swot_items", target.statement, body)

    def unmerge_swot_item(self, item_id: int) -> ChangeRecord:
        """Put a merged card back on the board on its own (its votes count for it again)."""
        item = self.swot_item(item_id)
        if item.status is not ItemStatus.MERGED:
            raise ValidationError("status", "this card is not merged")
        return self._run(
            "unmerge_swot_item",
            item.statement,
            lambda r: r.update(
                schema.swot_item,
                {"id": item_id},
                {"status": ItemStatus.ACTIVE.value, "merged_into_id": None},
            ),
        )

    def delete_swot_item(self, item_id: int) -> ChangeRecord:
        """Delete a card, its votes and option links; cards merged into it return to the board.

        Refused (``OptionNeedsItem``) when an option would be left without an internal or
        an external item.
        """
        item = self.swot_item(item_id)
        self._keep_options_whole(item, None)

        def body(r: Recorder) -> None:
            r.update_where(
                schema.swot_item,
                {"status": ItemStatus.ACTIVE.value, "merged_into_id": None},
                merged_into_id=item_id,
            )
            r.delete_where(schema.vote_tally, item_id=item_id)
            r.delete_where(schema.phone_dot, item_id=item_id)
            r.delete_where(schema.option_item, item_id=item_id)
            r.delete_where(schema.element_item, item_id=item_id)
            r.delete_where(schema.action_item, item_id=item_id)
            r.delete_where(schema.swot_item_theme, item_id=item_id)
            r.delete(schema.swot_item, {"id": item_id})

        return self._run("delete_swot_item", item.statement, body)

    def rename_theme(self, old: str, new: str) -> ChangeRecord:
        """Rename a custom theme on every card that carries it (merging into ``new`` if present)."""
        new = new.strip()
        if not new:
            raise ValidationError("theme", "must not be empty")

        def body(r: Recorder) -> None:
            for link in r.keys_where(schema.swot_item_theme, theme=old):
                r.delete(schema.swot_item_theme, link)
                renamed = {**link, "theme": new}
                if r.read(schema.swot_item_theme, renamed) is None:
                    r.insert(schema.swot_item_theme, renamed)

        return self._run("rename_theme", old, body)

    # --- voting -------------------------------------------------------------------------

    def add_voting_round(self, **fields: Any) -> ChangeRecord:
        """Open a voting round at a meeting (meeting_id, title, dots_per_voter, voters)."""
        check_fields(VotingRound, fields)
        voting_round = self._checked_round(validated_entity(VotingRound, {"id": 0, **fields}))
        row = to_row(voting_round, exclude=("id", "tallies", "phone_ballots"))
        return self._run(
            "add_voting_round", voting_round.title, lambda r: r.insert(schema.voting_round, row)
        )

    def update_voting_round(self, round_id: int, **fields: Any) -> ChangeRecord:
        """Change a round's title, meeting, dots per voter, number of voters or revealed state."""
        if "tallies" in fields or "phone_ballots" in fields:
            raise TypeError("use set_tally to change tallies")
        voting_round = self._checked_round(
            self._edited(VotingRound, self.voting_round(round_id), fields)
        )
        return self._update(
            "update_voting_round", voting_round.title, schema.voting_round, voting_round, fields
        )

    def reveal_voting_round(self, round_id: int, revealed: bool = True) -> ChangeRecord:
        """Show (or hide again) a round's results on the board."""
        return self.update_voting_round(round_id, revealed=revealed)

    def delete_voting_round(self, round_id: int) -> ChangeRecord:
        """Remove a voting round and its tallies."""
        voting_round = self.voting_round(round_id)

        def body(r: Recorder) -> None:
            delete_round_rows(r, round_id)

        return self._run("delete_voting_round", voting_round.title, body)

    def set_tally(
        self,
        round_id: int,
        item_id: int,
        count: int | None = None,
        breakdown: Iterable[Mapping[str, Any]] | None = None,
    ) -> ChangeRecord:
        """Enter an item's dots in a round: a plain ``count``, or a ``breakdown`` by group.

        A breakdown is a list of ``{"count", "stakeholder_type", "sex"}`` (either group
        may be None). It replaces whatever was entered for the item in that round.
        """
        voting_round = self.voting_round(round_id)
        item = self.swot_item(item_id)
        if item.status is not ItemStatus.ACTIVE:
            raise ValidationError("item_id", "votes go to cards on the board")
        if (count is None) == (breakdown is None):
            raise TypeError("give either count or breakdown")
        entries = [{"count": count}] if breakdown is None else list(breakdown)
        tallies = [validated_entity(Tally, {"item_id": item_id, **e}) for e in entries]
        groups = [(t.stakeholder_type, t.sex) for t in tallies]
        if len(set(groups)) != len(groups):
            raise ValidationError("breakdown", "names the same group twice")
        old = [t for t in voting_round.tallies if t.item_id == item_id]

        def body(r: Recorder) -> None:
            r.delete_where(schema.vote_tally, round_id=round_id, item_id=item_id)
            for tally in tallies:
                if tally.count:
                    r.insert(schema.vote_tally, {"round_id": round_id, **to_row(tally)})

        if sorted(map(repr, old)) == sorted(repr(t) for t in tallies if t.count):
            return ChangeRecord("set_tally", item.statement)
        return self._run("set_tally", item.statement, body)

    def _checked_round(self, voting_round: VotingRound) -> VotingRound:
        if not self._exists(schema.meeting, voting_round.meeting_id):
            raise ValidationError("meeting_id", "a voting round belongs to a recorded meeting")
        return voting_round

    # --- strategic options ------------------------------------------------------------------

    def add_option(self, **fields: Any) -> ChangeRecord:
        """Write a strategic option (kind, statement, item_ids, impact, effort, notes)."""
        check_fields(StrategicOption, fields)
        option = self._checked_option(validated_entity(StrategicOption, {"id": 0, **fields}))
        row = to_row(option, exclude=("id", "item_ids"))

        def body(r: Recorder) -> None:
            last = r.conn.execute(
                select(func.max(schema.strategic_option.c.position)).where(
                    schema.strategic_option.c.kind == option.kind.value
                )
            ).scalar()
            number = _next_option_number(r.conn, option.kind.value)
            new = r.insert(
                schema.strategic_option, {**row, "position": (last or 0) + 1, "number": number}
            )
            for item_id in sorted(set(option.item_ids)):
                r.insert(schema.option_item, {"option_id": new["id"], "item_id": item_id})

        return self._run("add_option", option.statement, body)

    def update_option(self, option_id: int, **fields: Any) -> ChangeRecord:
        """Change an option; ``item_ids`` replaces the SWOT items it uses."""
        if "number" in fields:
            raise TypeError("an option's number is assigned, never edited")
        current = self.option(option_id)
        option = self._checked_option(self._edited(StrategicOption, current, fields))
        row = {k: v for k, v in to_row(option).items() if k in fields and k != "item_ids"}

        def body(r: Recorder) -> None:
            if option.kind is not current.kind:  # the next free code of its new kind
                row["number"] = _next_option_number(r.conn, option.kind.value)
            if row:
                r.update(schema.strategic_option, {"id": option_id}, row)
            if "item_ids" in fields:
                replace_links(
                    r,
                    schema.option_item,
                    "option_id",
                    option_id,
                    "item_id",
                    current.item_ids,
                    tuple(sorted(set(option.item_ids))),
                )

        return self._run("update_option", option.statement, body)

    def delete_option(self, option_id: int) -> ChangeRecord:
        """Remove a strategic option and its links to SWOT items, vision elements, objectives."""
        option = self.option(option_id)

        def body(r: Recorder) -> None:
            r.delete_where(schema.option_item, option_id=option_id)
            r.delete_where(schema.element_option, option_id=option_id)
            r.delete_where(schema.objective_option, option_id=option_id)
            r.delete_where(schema.action_option, option_id=option_id)
            r.delete(schema.strategic_option, {"id": option_id})

        return self._run("delete_option", option.statement, body)

    def _keep_options_whole(self, item: SwotItem, moved_to: Quadrant | None) -> None:
        """Refuse to take ``item`` out of its options (``moved_to`` None) or to move it to
        ``moved_to`` when an option would then lack an internal or an external item."""
        quadrants = {i.id: i.quadrant for i in self.swot_items()}
        quadrants.pop(item.id)
        if moved_to is not None:
            quadrants[item.id] = moved_to
        broken: list[tuple[int, str]] = []
        for option in self.options():
            if item.id not in option.item_ids:
                continue
            sides = {quadrants[i].internal for i in option.item_ids if i in quadrants}
            if sides != {True, False}:
                broken.append((option.id, option.statement))
        if broken:
            raise OptionNeedsItem(item.statement, tuple(broken), item.quadrant.internal)

    def _checked_option(self, option: StrategicOption) -> StrategicOption:
        items = {i.id: i for i in self.swot_items()}
        used = [items.get(i) for i in option.item_ids]
        if any(i is None for i in used):
            raise ValidationError("item_ids", "names a SWOT item that does not exist")
        quadrants = {i.quadrant for i in used if i is not None}
        if not any(q.internal for q in quadrants) or not any(not q.internal for q in quadrants):
            raise ValidationError(
                "item_ids", "an option uses at least one internal (S/W) and one external (O/T) item"
            )
        return option


# --- row helpers shared by the actions above ------------------------------------------------


def _as_dict(item: SwotItem) -> dict[str, Any]:
    return {f: getattr(item, f) for f in SwotItem.__dataclass_fields__}


def _read_items(conn: Connection) -> list[SwotItem]:
    themes: dict[int, list[str]] = defaultdict(list)
    for item_id, theme in conn.execute(
        select(schema.swot_item_theme.c.item_id, schema.swot_item_theme.c.theme).order_by(
            schema.swot_item_theme.c.theme
        )
    ):
        themes[item_id].append(theme)
    rows = conn.execute(
        select(schema.swot_item).order_by(schema.swot_item.c.position, schema.swot_item.c.id)
    ).mappings()
    items = [from_mapping(SwotItem, {**row, "themes": themes.get(row["id"], [])}) for row in rows]
    order = list(Quadrant)
    return sorted(items, key=lambda i: order.index(i.quadrant))


def _quadrant_order(conn: Connection, quadrant: Quadrant) -> list[int]:
    """Ids of a quadrant's cards (every status) in board order."""
    return [
        row[0]
        for row in conn.execute(
            select(schema.swot_item.c.id)
            .where(schema.swot_item.c.quadrant == quadrant.value)
            .order_by(schema.swot_item.c.position, schema.swot_item.c.id)
        )
    ]


def _next_item_number(conn: Connection, quadrant: Quadrant) -> int:
    """The number a new card of ``quadrant`` gets (the 5 of W5): the next free one."""
    t = schema.swot_item
    numbers = conn.execute(select(t.c.number).where(t.c.quadrant == quadrant.value)).scalars()
    return next_number(numbers)


def _next_option_number(conn: Connection, kind: str) -> int:
    """The number a new option of ``kind`` gets (the 3 of SO3): the next free one."""
    t = schema.strategic_option
    return next_number(conn.execute(select(t.c.number).where(t.c.kind == kind)).scalars())


def _renumber(r: Recorder, order: list[int], gap_at: int | None) -> None:
    """Give the cards in ``order`` positions 0, 1, …, leaving a hole at ``gap_at``."""
    for index, item_id in enumerate(order):
        position = index + 1 if gap_at is not None and index >= gap_at else index
        r.update(schema.swot_item, {"id": item_id}, {"position": position})


def delete_round_rows(r: Recorder, round_id: int) -> None:
    """Delete a voting round and its tallies through ``r`` (also used when a meeting goes)."""
    r.delete_where(schema.vote_tally, round_id=round_id)
    delete_phone_ballots(r, round_id)
    r.delete(schema.voting_round, {"id": round_id})
