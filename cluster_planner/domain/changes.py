"""Change records: what one user action changed, row by row, so it can be undone exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row inserted (before is None), deleted (after is None) or updated."""

    table: str
    key: Row
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        """The change that takes the row back to ``before``."""
        return RowChange(self.table, self.key, self.after, self.before)

    @property
    def changed_fields(self) -> frozenset[str]:
        """Names of the columns whose value differs between before and after."""
        if self.before is None or self.after is None:
            return frozenset((self.before or self.after or {}).keys())
        return frozenset(k for k in self.after if self.before.get(k) != self.after[k])


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """Everything one user action changed, in the order it was applied.

    ``action`` names the service call (``add_organisation``) and ``subject`` the
    thing it acted on (an organisation's name), so the UI can word an undo label.
    """

    action: str
    subject: str
    changes: tuple[RowChange, ...] = field(default_factory=tuple)
    undo: bool = False

    def inverse(self) -> ChangeRecord:
        """The record whose application reverses this one."""
        return ChangeRecord(
            self.action,
            self.subject,
            tuple(c.inverse() for c in reversed(self.changes)),
            not self.undo,
        )

    @property
    def tables(self) -> frozenset[str]:
        """The tables this record touches, for refreshing only what changed."""
        return frozenset(c.table for c in self.changes)

    @property
    def is_empty(self) -> bool:
        """True when the action changed nothing (e.g. a field set to its own value)."""
        return not self.changes


def inserted_id(record: ChangeRecord, table: str) -> int:
    """The id of the first row ``record`` inserted into ``table`` (an add action's new entity)."""
    for change in record.changes:
        if change.table == table and change.before is None and change.after is not None:
            return int(change.key["id"])
    raise LookupError(f"{record.action} inserted nothing into {table}")
