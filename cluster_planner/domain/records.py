"""Conversion of entity dataclasses to and from plain mappings (JSON, table rows)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import math
import re
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar, cast

from cluster_planner.domain.errors import SnapshotError, ValidationError

T = TypeVar("T")


@functools.cache
def _field_types(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


Check = Any  # a callable (value, path of the record) -> the value checked and coerced

MAX_STORED_INT = 2**63 - 1  # the largest whole number the plan file can hold
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(value: Any) -> str:
    """A value as a message quotes it: as written in JSON, cut short when long."""
    if isinstance(value, enum.Enum):
        value = value.value
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def place(path: str, name: str) -> str:
    """The JSON path of field ``name`` of the record at ``path``."""
    return f"{path}.{name}" if path else name


def refused(where: str, error: ValidationError) -> SnapshotError:
    """A broken rule as the one sentence a file's reader gets: the JSON path, the rule, the
    value found, and the values allowed where the list is closed."""
    if error.allowed:
        found = shown(error.found) if error.has_found else "this value"
        message = f"{where}: {found} is not one of: {', '.join(error.allowed)}"
    elif error.has_found:
        message = f"{where}: {error.problem}, not {shown(error.found)}"
    else:
        message = f"{where}: {error.problem}"
    return SnapshotError(message, field=error.field, problem=error.problem)


def _check(name: str, annotation: Any) -> Check:
    """A function that checks and coerces one field's value, compiled once per field.

    These are the checks of a value's *kind*, which a stored plan meets too (a number, a
    date, a known code, text the file can hold); the rules of what an edit may enter
    (ranges, order, control characters) live in ``domain/rules.py``.
    """
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        check_inner = _check(name, inner)
        if type(None) not in args:
            return check_inner
        return lambda value, path: None if value is None else check_inner(value, path)
    if origin is tuple:
        check_item = _check(name, args[0])

        def check_tuple(value: Any, path: str) -> Any:
            if not isinstance(value, (list, tuple)):
                error = ValidationError(name, "must be a list", found=value)
                raise refused(place(path, name), error)
            items = []
            for index, item in enumerate(value):
                if item is None:
                    where = f"{place(path, name)}[{index}]"
                    raise refused(where, ValidationError(name, "must have a value"))
                items.append(check_item(item, path, index))
            return tuple(items)

        return check_tuple

    def required(check: Any) -> Check:
        def checked(value: Any, path: str, index: int | None = None) -> Any:
            if value is None:
                raise refused(place(path, name), ValidationError(name, "must have a value"))
            try:
                return check(value, path, index)
            except ValidationError as error:
                where = place(path, name) + ("" if index is None else f"[{index}]")
                raise refused(where, error) from None

        return checked

    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        entity = annotation

        def check_entity(value: Any, path: str, index: int | None) -> Any:
            if isinstance(value, entity):
                return value
            if not isinstance(value, Mapping):
                raise ValidationError(name, "must be a JSON object", found=value)
            where = place(path, name) + ("" if index is None else f"[{index}]")
            return from_mapping(entity, value, where)

        return required(check_entity)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        members = annotation._value2member_map_
        allowed = tuple(str(m.value) for m in annotation)

        def check_enum(value: Any, path: str, index: int | None) -> Any:
            try:
                return members[value]
            except (KeyError, TypeError):
                raise ValidationError(
                    name, "is not one of the allowed values", found=value, allowed=allowed
                ) from None

        return required(check_enum)
    if annotation is dt.date:

        def check_date(value: Any, path: str, index: int | None) -> Any:
            if isinstance(value, dt.date):
                return value
            if not isinstance(value, str) or not _DATE.fullmatch(value):
                raise ValidationError(name, "must be a date written YYYY-MM-DD", found=value)
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise ValidationError(name, "is not a day of the calendar", found=value) from None

        return required(check_date)
    if annotation is bool:

        def check_bool(value: Any, path: str, index: int | None) -> Any:
            if isinstance(value, bool):
                return value
            raise ValidationError(name, "must be true or false", found=value)

        return required(check_bool)
    if annotation is float:

        def check_float(value: Any, path: str, index: int | None) -> Any:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValidationError(name, "must be a number", found=value)
            try:
                number = float(value)
            except OverflowError:
                raise ValidationError(name, "is far too large", found=value) from None
            if not math.isfinite(number):
                raise ValidationError(name, "must be a finite number", found=value)
            return number

        return required(check_float)
    if annotation is int:

        def check_int(value: Any, path: str, index: int | None) -> Any:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(name, "must be a whole number", found=value)
            if not -MAX_STORED_INT <= value <= MAX_STORED_INT:
                raise ValidationError(name, "is far too large", found=value)
            return value

        return required(check_int)
    if annotation is str:

        def check_str(value: Any, path: str, index: int | None) -> Any:
            if not isinstance(value, str):
                raise ValidationError(name, "must be text", found=value)
            if _SURROGATE.search(value):
                raise ValidationError(
                    name, "holds a broken character (an unpaired surrogate)", found=value
                )
            return value

        return required(check_str)
    return required(lambda value, path, index: value)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.cache
def _checks(cls: Any) -> tuple[tuple[str, Check, bool], ...]:
    """(field, its check, whether it may be left out) for every field of ``cls``."""
    defaults = {
        f.name: f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        for f in dataclasses.fields(cls)
    }
    return tuple(
        (name, _check(name, annotation), defaults[name])
        for name, annotation in _field_types(cls).items()
    )


def from_mapping(cls: type[T], data: Mapping[Any, Any], path: str = "") -> T:
    """Build entity ``cls`` from a mapping, checking and coercing every field's kind.

    ``path`` is where the record sits in a snapshot (``actions[2]``), for the message of a
    SnapshotError: ``actions[2].progress: must be a whole number, not '50'``.
    """
    values: dict[str, Any] = {}
    for name, check, optional in _checks(cast(Any, cls)):
        if name in data:
            values[name] = check(data[name], path)
        elif not optional:
            raise refused(place(path, name), ValidationError(name, "is missing"))
    return cls(**values)


_NO_DEFAULT = object()

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


def _stored(annotation: Any) -> Converter:
    """A converter from JSON-ready data this program wrote itself, or None for "as it is"."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _stored(inner)  # None stays None: converters are only called on values
    if origin is tuple:
        (item,) = typing.get_args(annotation)[:1]
        convert = _stored(item)
        if convert is None:
            return tuple
        return lambda values: tuple(convert(v) for v in values)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        entity = annotation
        return lambda value: from_stored(entity, value)
    if annotation is dt.date:
        return dt.date.fromisoformat
    return _converter(annotation)  # enums, booleans and floats as from a table row


@functools.cache
def _stored_converters(cls: Any) -> tuple[tuple[str, Converter], ...]:
    return tuple((name, _stored(a)) for name, a in _field_types(cls).items())


def from_stored(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build entity ``cls`` from JSON-ready data this version wrote (a frozen revision).

    The quick path: values are converted, not checked; outside data uses ``from_mapping``.
    """
    values: dict[str, Any] = {}
    for name, convert in _stored_converters(cast(Any, cls)):
        if name in data:
            value = data[name]
            values[name] = value if convert is None or value is None else convert(value)
    return cls(**values)


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


def _plain_for(annotation: Any) -> Any:
    """A function making one field's value JSON-ready, or None when it already is."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        plain = _plain_for(inner)
        if plain is None:
            return None
        return lambda value: None if value is None else plain(value)
    if origin is tuple:
        item = _plain_for(args[0])
        if item is None:
            return list
        return lambda value: [item(v) for v in value]
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return to_mapping
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return lambda value: value.value
    if annotation is dt.date:
        return dt.date.isoformat
    if annotation in (str, int, float, bool):
        return None
    return _plain


@functools.cache
def _plains(cls: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((name, _plain_for(a)) for name, a in _field_types(cls).items())


def to_mapping(entity: Any) -> dict[str, Any]:
    """The entity as a JSON-ready dict: enums by value, dates as ISO text."""
    return {
        name: value if plain is None else plain(value)
        for name, plain in _plains(cast(Any, type(entity)))
        for value in (getattr(entity, name),)
    }


@functools.cache
def _sparse_plains(cls: Any) -> tuple[tuple[str, Any, Any], ...]:
    defaults = {
        f.name: f.default
        if f.default is not dataclasses.MISSING
        else f.default_factory()
        if f.default_factory is not dataclasses.MISSING
        else _NO_DEFAULT
        for f in dataclasses.fields(cls)
    }
    return tuple((name, plain, defaults[name]) for name, plain in _plains(cls) if name in defaults)


def to_stored(entity: Any) -> dict[str, Any]:
    """Like ``to_mapping`` but leaving out fields at their default: compact, for revisions."""
    stored: dict[str, Any] = {}
    for name, plain, default in _sparse_plains(cast(Any, type(entity))):
        value = getattr(entity, name)
        if value is default or (value == default and type(value) is type(default)):
            continue
        if plain is None:
            stored[name] = value
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            stored[name] = [to_stored(v) for v in value]
        else:
            stored[name] = plain(value)
    return stored


def to_row(entity: Any, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The entity as a table row: enums by value, dates kept as dates."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        if f.name in exclude:
            continue
        value = getattr(entity, f.name)
        row[f.name] = value.value if isinstance(value, enum.Enum) else value
    return row
