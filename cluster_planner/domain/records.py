"""Conversion of entity dataclasses to and from plain mappings (JSON, table rows)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar, cast

from cluster_planner.domain.errors import SnapshotError

T = TypeVar("T")


@functools.cache
def _field_types(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


def _coerce(kind: str, name: str, annotation: Any, value: Any) -> Any:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _coerce(kind, name, inner, value)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise SnapshotError(f"{kind}.{name} must be a list, not {value!r}")
        return tuple(_coerce(kind, name, args[0], v) for v in value)
    if value is None:
        raise SnapshotError(f"{kind}.{name} must not be empty")
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        if isinstance(value, annotation):
            return value
        if not isinstance(value, Mapping):
            raise SnapshotError(f"{kind}.{name} must be a JSON object, not {value!r}")
        return from_mapping(annotation, value)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        try:
            return annotation(value)
        except ValueError:
            raise SnapshotError(f"{kind}.{name} has an unknown value {value!r}") from None
    if annotation is dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise SnapshotError(f"{kind}.{name} is not a date: {value!r}") from None
    if annotation is bool:
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise SnapshotError(f"{kind}.{name} must be true or false, not {value!r}")
    if annotation is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SnapshotError(f"{kind}.{name} must be a number, not {value!r}")
        return float(value)
    if annotation is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SnapshotError(f"{kind}.{name} must be a whole number, not {value!r}")
        return value
    if annotation is str:
        if not isinstance(value, str):
            raise SnapshotError(f"{kind}.{name} must be text, not {value!r}")
        return value
    return value


def from_mapping(cls: type[T], data: Mapping[Any, Any]) -> T:
    """Build entity ``cls`` from a mapping, checking and coercing every field."""
    kind = cls.__name__
    values: dict[str, Any] = {}
    for name, annotation in _field_types(cast(Any, cls)).items():
        if name in data:
            values[name] = _coerce(kind, name, annotation, data[name])
        else:
            field = next(f for f in dataclasses.fields(cls) if f.name == name)  # type: ignore[arg-type]
            if (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            ):
                raise SnapshotError(f"{kind} is missing the field {name!r}")
    return cls(**values)


Converter = Any  # a callable taking a stored value, or None for "keep as it is"


def _converter(annotation: Any) -> Converter:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _converter(inner)  # None stays None: converters are only called on values
    if origin is tuple:
        return tuple
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        # A lookup by value: several times quicker than calling the enum class.
        return annotation._value2member_map_.__getitem__
    if annotation is bool:
        return bool
    if annotation is float:
        return float
    return None


@functools.cache
def _row_converters(cls: Any) -> tuple[tuple[str, Converter], ...]:
    return tuple((name, _converter(a)) for name, a in _field_types(cls).items())


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """Build entity ``cls`` from a stored row, quickly: the database already checked it.

    Enums, booleans, floats and tuples are converted; other values are taken as they
    are (dates come back as dates). Snapshots from outside use ``from_mapping``.
    """
    values: dict[str, Any] = {}
    for name, convert in _row_converters(cast(Any, cls)):
        if name in row:
            value = row[name]
            values[name] = value if convert is None or value is None else convert(value)
    return cls(**values)


def from_rows(cls: type[T], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[T]:
    """Build many entities of ``cls`` from stored rows given as tuples in ``columns`` order.

    The fast path for large reads (see ``from_row``); columns that are not fields of
    ``cls`` are left out.
    """
    places = {name: i for i, name in enumerate(columns)}
    plan = [
        (name, places[name], convert)
        for name, convert in _row_converters(cast(Any, cls))
        if name in places
    ]
    entities = []
    for row in rows:
        values = {}
        for name, i, convert in plan:
            value = row[i]
            values[name] = value if convert is None or value is None else convert(value)
        entities.append(cls(**values))
    return entities


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_mapping(value)
    return value


def to_mapping(entity: Any) -> dict[str, Any]:
    """The entity as a JSON-ready dict: enums by value, dates as ISO text."""
    return {f.name: _plain(getattr(entity, f.name)) for f in dataclasses.fields(entity)}


def to_row(entity: Any, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The entity as a table row: enums by value, dates kept as dates."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        if f.name in exclude:
            continue
        value = getattr(entity, f.name)
        row[f.name] = value.value if isinstance(value, enum.Enum) else value
    return row
