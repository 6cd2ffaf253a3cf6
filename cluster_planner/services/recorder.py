"""Row writes that record themselves, so every action yields an exact change record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, insert, select, update

from cluster_planner.domain.changes import Row, RowChange
from cluster_planner.domain.errors import UndoConflict
from cluster_planner.storage.schema import TABLES


def _where(table: Table, key: Mapping[str, Any]) -> Any:
    return and_(*(table.c[k] == v for k, v in key.items()))


def _key_of(table: Table, row: Mapping[str, Any]) -> Row:
    return {c.name: row[c.name] for c in table.primary_key.columns}


class Recorder:
    """Writes rows inside one transaction and keeps a RowChange for each."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.changes: list[RowChange] = []

    def read(self, table: Table, key: Mapping[str, Any]) -> Row | None:
        """The row with primary ``key`` as a dict, or None."""
        row = self.conn.execute(select(table).where(_where(table, key))).mappings().first()
        return dict(row) if row is not None else None

    def insert(self, table: Table, values: Mapping[str, Any]) -> Row:
        """Insert a row (``id`` assigned when absent) and return it as stored."""
        result = self.conn.execute(insert(table).values(**values))
        generated = result.inserted_primary_key
        key = _key_of(table, {**(generated._asdict() if generated else {}), **values})
        after = self.read(table, key)
        assert after is not None
        self.changes.append(RowChange(table.name, key, None, after))
        return after

    def insert_many(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> list[Row]:
        """Insert many rows in one batch (for imports) and return them as stored, in order.

        All rows must name the same columns.
        """
        if not rows:
            return []
        statement = insert(table).returning(*table.c, sort_by_parameter_order=True)
        stored = [dict(r) for r in self.conn.execute(statement, list(rows)).mappings()]
        for row in stored:
            self.changes.append(RowChange(table.name, _key_of(table, row), None, row))
        return stored

    def update(self, table: Table, key: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        """Set ``values`` on the row with ``key``; record nothing if nothing changes."""
        before = self.read(table, key)
        if before is None:
            raise LookupError(f"{table.name} {dict(key)} does not exist")
        if all(before.get(k) == v for k, v in values.items()):
            return
        self.conn.execute(update(table).where(_where(table, key)).values(**values))
        after = self.read(table, key)
        self.changes.append(RowChange(table.name, dict(key), before, after))

    def delete(self, table: Table, key: Mapping[str, Any]) -> None:
        """Delete the row with ``key``, keeping its values for undo."""
        before = self.read(table, key)
        if before is None:
            return
        self.conn.execute(delete(table).where(_where(table, key)))
        self.changes.append(RowChange(table.name, dict(key), before, None))

    def keys_where(self, table: Table, **conditions: Any) -> list[Row]:
        """Primary keys of the rows whose columns equal ``conditions``, in key order."""
        columns = list(table.primary_key.columns)
        query = select(*columns).where(_where(table, conditions)).order_by(*columns)
        return [dict(row) for row in self.conn.execute(query).mappings()]

    def delete_where(self, table: Table, **conditions: Any) -> None:
        """Delete, one recorded row at a time, every row matching ``conditions``."""
        for key in self.keys_where(table, **conditions):
            self.delete(table, key)

    def update_where(self, table: Table, values: Mapping[str, Any], **conditions: Any) -> None:
        """Set ``values`` on every row matching ``conditions``, recording each."""
        for key in self.keys_where(table, **conditions):
            self.update(table, key, values)


def replay(conn: Connection, changes: tuple[RowChange, ...]) -> None:
    """Apply recorded row changes as they are, checking each row is as expected first."""
    for change in changes:
        table = TABLES[change.table]
        current = conn.execute(select(table).where(_where(table, change.key))).mappings().first()
        current_row = dict(current) if current is not None else None
        if current_row != change.before:
            raise UndoConflict(f"{change.table} {change.key} is not as the change expects")
        if change.after is None:
            conn.execute(delete(table).where(_where(table, change.key)))
        elif change.before is None:
            conn.execute(insert(table).values(**change.after))
        else:
            conn.execute(update(table).where(_where(table, change.key)).values(**change.after))
