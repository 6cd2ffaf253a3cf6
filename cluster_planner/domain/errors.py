"""Typed errors of the core. The UI turns each into a human sentence."""

from __future__ import annotations

from dataclasses import dataclass


class PlanError(Exception):
    """Base class of every error the core raises on purpose."""


_UNSET: object = object()


class ValidationError(PlanError):
    """A value a person entered breaks a rule of the plan.

    ``problem`` is a fixed phrase the interface translates ("must not be negative");
    ``found`` and ``allowed`` (the value, and the values a closed list allows) complete
    the sentence where the value came from a file rather than a form.
    """

    def __init__(
        self,
        field: str,
        problem: str,
        *,
        found: object = _UNSET,
        allowed: tuple[str, ...] = (),
    ) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.found = found
        self.allowed = allowed

    @property
    def has_found(self) -> bool:
        """True when the refused value is known."""
        return self.found is not _UNSET


class DependencyCycle(PlanError):
    """A dependency was refused because it would close a loop of actions waiting on each other."""

    def __init__(self, codes: tuple[str, ...]) -> None:
        super().__init__("dependency loop: " + " → ".join(codes))
        self.codes = codes


class InUse(PlanError):
    """A record was kept because other records still need it; ``users`` names them."""

    def __init__(self, kind: str, name: str, users: tuple[str, ...]) -> None:
        super().__init__(f"{kind} {name!r} is used by {', '.join(users)}")
        self.kind = kind
        self.name = name
        self.users = users


class OptionNeedsItem(PlanError):
    """A SWOT card was kept where it is: deleting or moving it would leave strategic options
    without an internal (S/W) or an external (O/T) item; ``options`` names them."""

    def __init__(
        self, statement: str, options: tuple[tuple[int, str], ...], internal: bool
    ) -> None:
        side = "internal" if internal else "external"
        names = ", ".join(repr(text) for _, text in options)
        super().__init__(f"{statement!r} is the only {side} item of {names}")
        self.statement = statement
        self.option_ids = tuple(option_id for option_id, _ in options)
        self.options = tuple(text for _, text in options)  # their statements
        self.internal = internal  # the side the options would lose


class DropNeedsReason(PlanError):
    """An action an adopted revision holds was dropped without saying why."""

    def __init__(self, title: str, revision: int) -> None:
        super().__init__(f"{title!r} is part of adopted revision {revision}; give a drop reason")
        self.title = title
        self.revision = revision


class NotFound(PlanError):
    """An entity the caller named does not exist (any more)."""

    def __init__(self, kind: str, entity_id: int) -> None:
        super().__init__(f"{kind} {entity_id} does not exist")
        self.kind = kind
        self.entity_id = entity_id


class SnapshotError(PlanError):
    """A snapshot (JSON) could not be read: wrong shape, version or values.

    The message names the place as a JSON path (``organisations[3].stakeholder_type``);
    ``field`` and ``problem`` are the last field's name and the rule's phrase, when a
    rule of a field was broken.
    """

    def __init__(self, message: str, *, field: str = "", problem: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem


class ImportRefused(PlanError):
    """A file cannot be imported at all: wrong type, too large, unsafe, unreadable, no header."""


class ReadOnlyPlan(PlanError):
    """An edit was attempted on a plan opened read-only (or a past revision)."""


# --- the plan file -------------------------------------------------------------
# Raised by storage while opening, creating or copying a plan file. They live here,
# beside the other typed errors, so the UI can catch them without importing storage.


class PlanFileError(PlanError):
    """Base of every problem with a plan file; ``path`` names the file."""

    def __init__(self, path: str, detail: str = "") -> None:
        # One line, and short: details come from SQLite and the system, which may quote a
        # whole table definition.
        detail = " ".join(detail.split())
        if len(detail) > 200:
            detail = detail[:199] + "…"
        super().__init__(f"{path}: {detail}" if detail else path)
        self.path = path
        self.detail = detail


class PlanFileMissing(PlanFileError):
    """The file does not exist (opening never creates a file silently)."""


class PlanFileUnreadable(PlanFileError):
    """The file cannot be read, or written where it must be: ``reason`` says why.

    ``detail`` is the English phrase for the command line; the UI words ``reason``.
    """

    FOLDER = "folder"  # the path names a folder, not a file
    NO_FOLDER = "no_folder"  # the folder does not exist
    NO_ACCESS = "no_access"  # the file may not be read
    FILE_READ_ONLY = "file_read_only"  # the file may be read, not written
    FOLDER_READ_ONLY = "folder_read_only"  # nothing may be written in its folder
    FOREIGN_LOCK = "foreign_lock"  # its lock file belongs to another user and cannot go
    OTHER = "other"  # an input/output error; ``detail`` says which

    def __init__(self, path: str, detail: str = "", reason: str = OTHER) -> None:
        super().__init__(path, detail)
        self.reason = reason


class NotSQLite(PlanFileError):
    """The file is not a database at all (another document, or empty)."""


class NotAPlanFile(PlanFileError):
    """The file is an SQLite database, but not one written by Cluster Planner."""


class PlanFileTooNew(PlanFileError):
    """The file was written by a newer Cluster Planner with a newer schema."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(path, f"schema version {found}, newest known {supported}")
        self.found = found
        self.supported = supported


class PlanFileNeedsUpgrade(PlanFileError):
    """An older plan file cannot be upgraded because it was opened read-only."""


class PlanFileDamaged(PlanFileError):
    """SQLite's integrity check found the file damaged."""


class PlanFileExists(PlanFileError):
    """Creating a plan would overwrite an existing file."""


class MigrationFailed(PlanFileError):
    """Upgrading an older plan failed; the original was put back from its backup."""


@dataclass(frozen=True, slots=True)
class LockOwner:
    """Who holds a plan open for editing."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC


class PlanFileLocked(PlanFileError):
    """Someone else (another window, process or computer) is editing the file."""

    def __init__(self, path: str, owner: LockOwner, same_host: bool) -> None:
        super().__init__(path, f"in use by {owner.user} on {owner.host} since {owner.since}")
        self.owner = owner
        self.same_host = same_host


class UndoConflict(PlanError):
    """The plan no longer matches what an undo or redo step expects to find."""
