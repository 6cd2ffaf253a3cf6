"""The wording of every problem the core reports: what happened, what is safe, what to do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cluster_planner.domain.errors import (
    DependencyCycle,
    DropNeedsReason,
    InUse,
    MigrationFailed,
    NotAPlanFile,
    NotFound,
    NotSQLite,
    OptionNeedsItem,
    PlanError,
    PlanFileDamaged,
    PlanFileError,
    PlanFileExists,
    PlanFileLocked,
    PlanFileMissing,
    PlanFileNeedsUpgrade,
    PlanFileTooNew,
    PlanFileUnreadable,
    ReadOnlyPlan,
    UndoConflict,
    ValidationError,
)
from cluster_planner.ui.formats import local_time
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.vocabulary import field_label


def _short(text: str, limit: int = 60) -> str:
    """``text`` cut to about ``limit`` characters, at a word, for a sentence that names it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("error_messages", text)


@dataclass(frozen=True, slots=True)
class OpenProblem:
    """Why a plan did not open, and which ways forward to offer."""

    text: str
    offer_read_only: bool = False
    offer_take_over: bool = False
    offer_upgrade: bool = False
    forget_recent: bool = False
    offer_salvage: int | None = None  # a damaged plan's last readable revision


def open_problem(
    error: PlanFileError, *, readable: Sequence[int] = (), left_open: bool = False
) -> OpenProblem:
    """The sentence (and the offers) for a plan file that could not be opened.

    For a damaged plan, ``readable`` are the revisions that can still be read (the last is
    offered as a new plan) and ``left_open`` says a lock nobody holds lies beside it.
    """
    path = Path(error.path)
    file, folder = path.name, str(path.parent)
    if isinstance(error, PlanFileLocked):
        owner = error.owner
        who = _tr("“{file}” is being edited by {user} on {host} since {since}.").format(
            file=file, user=owner.user, host=owner.host, since=local_time(owner.since)
        )
        if error.same_host:
            advice = _tr(
                "It is probably open in another Cluster Planner window on this computer. "
                "Nothing was changed. Open it read-only, or close it in the other window first."
            )
        else:
            advice = _tr(
                "Nothing was changed. Open it read-only, or, if you are sure nobody is "
                "working on it any more, open it anyway and take over editing."
            )
        return OpenProblem(
            f"{who} {advice}", offer_read_only=True, offer_take_over=not error.same_host
        )
    if isinstance(error, PlanFileMissing):
        text = _tr(
            "“{file}” could not be found in {folder}. It may have been moved, renamed or "
            "deleted. Nothing was changed. Open it from its new place, or choose another plan."
        )
        return OpenProblem(text.format(file=file, folder=folder), forget_recent=True)
    if isinstance(error, NotSQLite):
        text = _tr(
            "“{file}” is not a Cluster Planner plan: it is not a database file. "
            "Nothing was changed. Open a .clusterplan file instead."
        )
    elif isinstance(error, NotAPlanFile):
        text = _tr(
            "“{file}” is not a Cluster Planner plan: it is a database of another program. "
            "Nothing was changed. Open a .clusterplan file instead."
        )
    elif isinstance(error, PlanFileTooNew):
        text = _tr(
            "“{file}” was made by a newer version of Cluster Planner, which this version "
            "cannot read. Nothing was changed. Update Cluster Planner to open it."
        )
    elif isinstance(error, PlanFileNeedsUpgrade):
        text = _tr(
            "“{file}” was made by an older version of Cluster Planner and must be upgraded "
            "before it can be shown, which opening read-only does not allow. Nothing was "
            "changed. Open it for editing: a backup copy is kept before the upgrade."
        )
        return OpenProblem(text.format(file=file), offer_upgrade=True)
    elif isinstance(error, PlanFileDamaged):
        return _damaged(file, readable, left_open)
    elif isinstance(error, MigrationFailed):
        text = _tr(
            "“{file}” could not be upgraded to this version of Cluster Planner. The file "
            "was put back exactly as it was. Keep using the previous version for this plan, "
            "and report the problem with a copy of the file."
        )
    elif isinstance(error, PlanFileUnreadable):
        return _unreadable(error, file)
    else:
        text = _tr("“{file}” could not be opened ({detail}). Nothing was changed.")
        return OpenProblem(
            text.format(file=file, detail=error.detail or _tr("an input or output error"))
        )
    return OpenProblem(text.format(file=file))


def _damaged(file: str, readable: Sequence[int], left_open: bool) -> OpenProblem:
    """A damaged plan: what happened, and what can still be done with it."""
    text = _tr("“{file}” is damaged: part of what it holds cannot be read. Nothing was changed.")
    parts = [text.format(file=file)]
    if left_open:
        parts.append(
            _tr(
                "A lock file lies beside it, so it was probably copied while it was open and "
                "being saved: copy it again after closing it, or use File ▸ Save a Copy."
            )
        )
    if readable:
        parts.append(
            _tr("Its revision {number} can still be read and saved as a new plan.").format(
                number=readable[-1]
            )
        )
    parts.append(_tr("Otherwise, open a backup copy of the plan."))
    return OpenProblem(" ".join(parts), offer_salvage=readable[-1] if readable else None)


def _unreadable(error: PlanFileUnreadable, file: str) -> OpenProblem:
    """Why a plan cannot be read, or written where it must be, and whether reading helps."""
    reason = error.reason
    if reason == PlanFileUnreadable.FOLDER:
        text = _tr(
            "“{file}” is a folder, not a plan. Nothing was changed. Open the .clusterplan "
            "file inside it instead."
        )
        return OpenProblem(text.format(file=file))
    if reason == PlanFileUnreadable.NO_ACCESS:
        text = _tr(
            "You may not read “{file}”: its permissions keep it private to its owner. Nothing "
            "was changed. Ask the owner for a copy, or to let you read it."
        )
        return OpenProblem(text.format(file=file))
    if reason == PlanFileUnreadable.FILE_READ_ONLY:
        text = _tr(
            "“{file}” is write-protected, so it cannot be opened for editing. Nothing was "
            "changed. Open it read-only, or copy it to your own folder and open the copy."
        )
    elif reason == PlanFileUnreadable.FOLDER_READ_ONLY:
        text = _tr(
            "“{file}” is in a folder where you may not save files, and editing a plan writes "
            "a lock and a journal beside it. Nothing was changed. Open it read-only, or copy "
            "it to your own folder and open the copy."
        )
    elif reason == PlanFileUnreadable.FOREIGN_LOCK:
        text = _tr(
            "“{file}” was left locked by another user of this computer, and its folder does "
            "not let you remove their lock file (“{file}.lock”). Nothing was changed. Open it "
            "read-only, or ask that user or an administrator to delete the lock file."
        )
    else:
        text = _tr(
            "“{file}” could not be opened for editing ({detail}). Nothing was changed. "
            "Check that you may read and write it, or copy it to your own folder and open "
            "the copy."
        )
    return OpenProblem(text.format(file=file, detail=error.detail), offer_read_only=True)


def file_problem(error: PlanFileError) -> str:
    """The sentence for a plan file that could not be created or copied."""
    file = Path(error.path).name
    if isinstance(error, PlanFileExists):
        return _tr("“{file}” already exists, so it was not replaced. Choose another name.").format(
            file=file
        )
    if isinstance(error, PlanFileLocked):
        return _tr(
            "“{file}” is being edited by {user} on {host}, so it was not replaced. Nothing "
            "was changed. Choose another name, or close it there first."
        ).format(file=file, user=error.owner.user, host=error.owner.host)
    if isinstance(error, PlanFileUnreadable) and error.reason == PlanFileUnreadable.FOLDER:
        return _tr("“{file}” is a folder, so it was not replaced. Choose another name.").format(
            file=file
        )
    if isinstance(error, PlanFileUnreadable) and error.reason in (
        PlanFileUnreadable.FOLDER_READ_ONLY,
        PlanFileUnreadable.FOREIGN_LOCK,
        PlanFileUnreadable.NO_FOLDER,
    ):
        return _tr(
            "“{file}” could not be written there: you may not save files in that folder. "
            "Nothing was changed. Choose a folder where you may save files."
        ).format(file=file)
    return _tr(
        "“{file}” could not be written ({detail}). Nothing was changed. Choose a folder "
        "where you may save files."
    ).format(file=file, detail=error.detail or _tr("an input or output error"))


def edit_problem(error: PlanError) -> str:
    """The sentence for an edit the plan refused; the plan itself is unchanged."""
    if isinstance(error, DependencyCycle):
        return _tr(
            "That link was not made: the actions would wait on each other in a loop "
            "({loop}). Remove one of the links in that loop first."
        ).format(loop=" → ".join(error.codes))
    if isinstance(error, InUse) and error.kind == "organisation":
        return _tr(
            "“{name}” was kept: it leads, takes part in or pays for {actions}. "
            "Give those actions another lead or remove it from them first."
        ).format(name=error.name, actions=", ".join(error.users))
    if isinstance(error, OptionNeedsItem):
        options = ", ".join(f"“{_short(text)}”" for text in error.options)
        if error.internal:
            text = _tr(
                "“{card}” was kept: without it, {options} would have no strength or weakness. "
                "Tick another one there first, or drop the card ({drop}): it leaves the board "
                "and stays with the option."
            )
        else:
            text = _tr(
                "“{card}” was kept: without it, {options} would have no opportunity or threat. "
                "Tick another one there first, or drop the card ({drop}): it leaves the board "
                "and stays with the option."
            )
        return text.format(card=_short(error.statement), options=options, drop=key_name("Ctrl+D"))
    if isinstance(error, DropNeedsReason):
        return _tr(
            "“{title}” was not dropped: it is part of adopted revision {number}, so say why "
            "first (its Drop reason on the Action plan page, or the Note of a progress report)."
        ).format(title=error.title, number=error.revision)
    if isinstance(error, ValidationError):
        return _tr("{field} was not changed: it {problem}.").format(
            field=field_label(error.field),
            problem=QCoreApplication.translate("problems", error.problem).rstrip("."),
        )
    if isinstance(error, ReadOnlyPlan):
        return _tr(
            "This plan is open read-only, so nothing was changed. Close it and open it "
            "again for editing to make changes."
        )
    if isinstance(error, UndoConflict):
        return _tr(
            "That step could not be undone or redone because the plan no longer matches "
            "it. Nothing was changed."
        )
    if isinstance(error, NotFound):
        return _tr("That entry no longer exists, so nothing was changed.")
    if isinstance(error, PlanFileError):
        return file_problem(error)
    return _tr("The change was refused ({detail}). Nothing was changed.").format(detail=str(error))
